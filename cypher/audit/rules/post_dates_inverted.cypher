// id: post_dates_inverted
// title: A post that ends before it begins
// title_zh: 任职终止日期早于起始日期
// severity: MEDIUM
// rationale: A post whose until is before its since cannot be in force on any day, so every figure
//   that rests on it is silently wrong. The importer refuses such rows; this finds them in a store
//   written by other means (an external Neo4j edited by hand, another tool).
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE h.since IS NOT NULL AND h.until IS NOT NULL AND h.until < h.since
  AND ($scopeUnitIds IS NULL OR u.id IN $scopeUnitIds)
RETURN p.id AS subject,
       [p.id + ' -[HOLDS_POST ' + h.role + ' since ' + toString(h.since) + ' until ' + toString(h.until) + ']-> ' + u.id] AS evidence,
       p.name + ' 在 ' + u.name + ' 的职务 ' + coalesce(h.title, h.role) + ' 终止于 ' + toString(h.until)
         + '，早于起始日 ' + toString(h.since) AS message
ORDER BY subject, u.id, h.role
