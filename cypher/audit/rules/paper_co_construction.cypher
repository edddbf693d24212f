// id: paper_co_construction
// title: A co-construction link on paper (no joint event or item in a year)
// title_zh: 挂名共建（一年内无共同活动或项目）
// severity: MEDIUM
// rationale: Co-construction is real when the partners meet and deliver (三张清单, 项目领办): a CO_CONSTRUCTS
//   link in force on the day is on paper (挂名共建, docs/spec/analysis.md v1.1) when, in the 365 days up to
//   it, no event hosted by one end was attended by the other (as a unit, or through a person holding a
//   post in force in it on the event's date, not ABSENT) and no item has the ends as provider and
//   beneficiary. The same rule as cypher/analysis/link_activity.cypher; the subject is the unit
//   co-constructed with (the link's to end).
MATCH (a:Unit)-[l:CO_CONSTRUCTS]->(b:Unit)
WHERE ($scopeUnitIds IS NULL OR (a.id IN $scopeUnitIds AND b.id IN $scopeUnitIds))
  AND (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
WITH a, b, l, $asOf - duration({days: 364}) AS windowStart
WHERE NOT EXISTS {
    MATCH (e:Event)
    WHERE e.hostId IN [a.id, b.id] AND windowStart <= e.date <= $asOf
      AND EXISTS {
        MATCH (x)-[t:ATTENDED]->(e)
        WHERE (t.role IS NULL OR t.role <> 'ABSENT')
          AND (x = CASE e.hostId WHEN a.id THEN b ELSE a END
            OR EXISTS {
              MATCH (x)-[h:HOLDS_POST]->(other:Unit)
              WHERE other = CASE e.hostId WHEN a.id THEN b ELSE a END
                AND (h.since IS NULL OR h.since <= e.date) AND (h.until IS NULL OR h.until >= e.date)
            })
      }
  }
  AND NOT EXISTS {
    MATCH (i:Item)
    WHERE ((i.providerId = a.id AND i.beneficiaryId = b.id) OR (i.providerId = b.id AND i.beneficiaryId = a.id))
      AND (i.since IS NULL OR i.since <= $asOf) AND (i.until IS NULL OR i.until >= windowStart)
  }
WITH b, a, l ORDER BY a.id
WITH b, collect({a: a, l: l}) AS links
RETURN b.id AS subject,
       [x IN links | x.a.id + ' -[CO_CONSTRUCTS since ' + coalesce(toString(x.l.since), '?') + ']-> ' + b.id] AS evidence,
       b.name + ' 与 ' + reduce(s = '', x IN links | s + CASE WHEN s = '' THEN '' ELSE '、' END + x.a.name)
         + ' 的共建在 ' + toString($asOf) + ' 前一年内没有共同活动或项目（挂名共建）' AS message
ORDER BY subject
