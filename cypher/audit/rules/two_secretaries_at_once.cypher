// id: two_secretaries_at_once
// title: Two SECRETARY posts in force at once in one unit
// title_zh: 同一组织同时有两名书记
// severity: MEDIUM
// rationale: A party organization has one secretary (党内规定, docs/spec/analysis.md v1.1). Two SECRETARY
//   posts in force on the same day in one unit usually mean a predecessor's post was never ended when
//   the successor took over; the record, or the handover, needs review.
MATCH (a:Person)-[x:HOLDS_POST {role: 'SECRETARY'}]->(u:Unit)<-[y:HOLDS_POST {role: 'SECRETARY'}]-(b:Person)
WHERE elementId(x) < elementId(y)
  AND ($scopeUnitIds IS NULL OR u.id IN $scopeUnitIds)
  AND (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
  AND (x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)
  AND (y.since IS NULL OR y.since <= $asOf) AND (y.until IS NULL OR y.until >= $asOf)
UNWIND [{p: a, h: x}, {p: b, h: y}] AS post
WITH u, post ORDER BY post.h.since, post.p.id
WITH u, collect(DISTINCT post) AS posts
RETURN u.id AS subject,
       [x IN posts | x.p.id + ' -[HOLDS_POST SECRETARY since ' + coalesce(toString(x.h.since), '?') + ']-> ' + u.id] AS evidence,
       u.name + ' 在 ' + toString($asOf) + ' 同时有 ' + toString(size(posts)) + ' 名书记：'
         + reduce(s = '', x IN posts | s + CASE WHEN s = '' THEN '' ELSE '、' END + x.p.name
           + '（' + coalesce(toString(x.h.since), '?') + ' 起）') AS message
ORDER BY subject
