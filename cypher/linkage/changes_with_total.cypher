// The page of changes.cypher with its total (what changes_count.cypher answers) from one walk of
// the relationships, and whether $scopeId names a unit (true without a scope): at most
// $totalCap + 1 events are collected, in no order, and counted; the page after the cursor is
// taken from them. A total above $totalCap is not the page: read it again with changes.cypher.
// Always one row.
CALL () {
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(b:Unit)<-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(a)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
  UNION
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(a:Unit)-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
  UNION
  WITH $scopeId AS scope WHERE scope IS NULL
  MATCH (a)-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
}
UNWIND [e IN [{event: 'BEGAN', day: r.since}, {event: 'ENDED', day: r.until}]
        WHERE e.day IS NOT NULL AND e.day >= $from AND e.day <= $to] AS e
WITH a, b, r, e LIMIT $totalCap + 1
WITH collect([a, b, r, e]) AS matched
CALL (matched) {
  UNWIND matched AS m
  WITH m[0] AS a, m[1] AS b, m[2] AS r, m[3].event AS event, m[3].day AS day
  WITH a, b, r, event, day,
       event + '|' + type(r) + '|' + a.id + '|' + b.id + CASE WHEN type(r) = 'HOLDS_POST' THEN '|' + r.role ELSE '' END
         + '|' + coalesce(toString(r.since), '') AS changeId
  WHERE $afterDay IS NULL OR day > $afterDay OR (day = $afterDay AND changeId > $afterId)
  WITH a, b, r, event, day, changeId ORDER BY day, changeId LIMIT $limit
  RETURN collect({day: day, event: event, changeId: changeId, sourceName: a.name, targetName: b.name,
                  edge: {type: type(r), source: a.id, target: b.id, role: r.role, title: r.title,
                         since: r.since, until: r.until}}) AS page
}
RETURN size(matched) AS total, page,
       $scopeId IS NULL OR EXISTS { MATCH (:Unit {id: $scopeId}) } AS scopeIsUnit
