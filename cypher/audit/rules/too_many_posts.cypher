// id: too_many_posts
// title: A person holding more than N concurrent posts
// title_zh: 一人兼任职务过多
// severity: LOW
// param: maxPosts = 4
// rationale: Cross-appointment (交叉任职) spreads one person over several bodies; beyond a few concurrent
//   posts a person cannot serve all of them, and the bodies depend on one person. N (maxPosts) is set
//   per deployment with govgraph.audit.param.maxPosts; every post in force counts, each role apart,
//   except an in-service member's report to the community where they live (REPORTED_MEMBER, 双报到):
//   a registration, not an office to serve.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  AND h.role <> 'REPORTED_MEMBER'
WITH p, h, u ORDER BY u.id, h.role
WITH p, collect({h: h, u: u}) AS posts
WHERE size(posts) > $maxPosts
  AND ($scopeUnitIds IS NULL OR any(x IN posts WHERE x.u.id IN $scopeUnitIds))
RETURN p.id AS subject,
       [x IN posts | p.id + ' -[HOLDS_POST ' + x.h.role + ' since ' + coalesce(toString(x.h.since), '?')
         + ']-> ' + x.u.id] AS evidence,
       p.name + ' 同时担任 ' + toString(size(posts)) + ' 个职务（上限 ' + toString($maxPosts) + '）：'
         + reduce(s = '', x IN posts | s + (CASE WHEN s = '' THEN '' ELSE '；' END) + x.u.name + coalesce(x.h.title, x.h.role)) AS message
ORDER BY subject
