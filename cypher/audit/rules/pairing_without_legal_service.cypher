// id: pairing_without_legal_service
// title: A law firm's pairing with no legal-service visit in maxDaysWithoutService days
// title_zh: 律所结对未开展法律服务
// severity: MEDIUM
// rationale: A law firm's pairing (一社区一法律顾问, 每月8日“阳光8号”) is real only while its lawyers serve
//   (docs/spec/analysis.md v1.1): a PAIRED_WITH link from a LAW_FIRM in force on the day with no
//   LEGAL_SERVICE event between its ends in the maxDaysWithoutService days up to it (hosted by one end and attended
//   by the other, as a unit or through a person holding a post in force in it on the event's date, not
//   ABSENT) is a pairing on paper. The subject is the paired unit.
// param: maxDaysWithoutService = 90
MATCH (lf:Unit {type: 'LAW_FIRM'})-[l:PAIRED_WITH]->(b:Unit)
WHERE ($scopeUnitIds IS NULL OR (lf.id IN $scopeUnitIds AND b.id IN $scopeUnitIds))
  AND (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
CALL (lf, b) {
  OPTIONAL MATCH (e:Event {type: 'LEGAL_SERVICE'})
  WHERE e.hostId IN [lf.id, b.id] AND e.date <= $asOf
    AND EXISTS {
      MATCH (x)-[t:ATTENDED]->(e)
      WHERE (t.role IS NULL OR t.role <> 'ABSENT')
        AND (x = CASE e.hostId WHEN lf.id THEN b ELSE lf END
          OR EXISTS {
            MATCH (x)-[h:HOLDS_POST]->(other:Unit)
            WHERE other = CASE e.hostId WHEN lf.id THEN b ELSE lf END
              AND (h.since IS NULL OR h.since <= e.date) AND (h.until IS NULL OR h.until >= e.date)
          })
    }
  WITH e ORDER BY e.date DESC
  RETURN head(collect(e)) AS last
}
WITH lf, l, b, last
WHERE last IS NULL OR last.date <= $asOf - duration({days: $maxDaysWithoutService})
WITH b, collect({lf: lf, l: l, last: last}) AS pairings
RETURN b.id AS subject,
       reduce(ev = [], x IN pairings | ev + [x.lf.id + ' -[PAIRED_WITH since ' + coalesce(toString(x.l.since), '?') + ']-> ' + b.id]
         + CASE WHEN x.last IS NULL THEN [] ELSE ['last: ' + x.last.id + ' LEGAL_SERVICE ' + toString(x.last.date)] END) AS evidence,
       b.name + ' 与 ' + reduce(s = '', x IN pairings | s + CASE WHEN s = '' THEN '' ELSE '、' END + x.lf.name
         + CASE WHEN x.last IS NULL THEN '（无法律服务记录）' ELSE '（最近一次法律服务 ' + toString(x.last.date) + '）' END)
         + ' 结对，' + toString($maxDaysWithoutService) + ' 天内未开展法律服务' AS message
ORDER BY subject
