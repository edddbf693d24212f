// The dated happenings of a scope ($scopeId and the units under it when $subtree, the unit alone
// when not; every unit when $scopeId is null) within [$from, $to] (either end open when null):
// the events its units hosted or took part in as units, and the first and last days of the posts
// in its units and of the links touching them. Ordered by date, then key (kind and identity), the
// page starting after ($afterDate, $afterKey); at most $limit rows.
CALL () {
  MATCH (u:Unit)
  WHERE $scopeId IS NULL
  RETURN u
  UNION
  MATCH (u:Unit)-[:UNDER*0..]->(:Unit {id: $scopeId})
  WHERE $subtree
  RETURN u
  UNION
  MATCH (u:Unit {id: $scopeId})
  WHERE NOT $subtree
  RETURN u
}
CALL (u) {
  MATCH (e:Event {hostId: u.id})
  RETURN 'EVENT' AS kind, e.date AS date, 'EVENT ' + e.id AS key, e AS event, null AS rel, null AS a, null AS b
  UNION
  MATCH (u)-[:ATTENDED]->(e:Event)
  RETURN 'EVENT' AS kind, e.date AS date, 'EVENT ' + e.id AS key, e AS event, null AS rel, null AS a, null AS b
  UNION
  MATCH (p:Person)-[h:HOLDS_POST]->(u)
  UNWIND [['POST_START', h.since], ['POST_END', h.until]] AS bound
  WITH u, p, h, bound[0] AS kind, bound[1] AS date
  WHERE date IS NOT NULL
  RETURN kind, date, kind + ' ' + u.id + ' ' + p.id + ' ' + h.role + ' ' + coalesce(toString(h.since), '') AS key,
    null AS event, h AS rel, p.id AS a, u.id AS b
  UNION
  MATCH (u)-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(:Unit)
  UNWIND [['LINK_START', l.since], ['LINK_END', l.until]] AS bound
  WITH l, bound[0] AS kind, bound[1] AS date
  WHERE date IS NOT NULL
  RETURN kind, date,
    kind + ' ' + type(l) + ' ' + startNode(l).id + ' ' + endNode(l).id + ' ' + coalesce(toString(l.since), '') AS key,
    null AS event, l AS rel, startNode(l).id AS a, endNode(l).id AS b
}
WITH DISTINCT kind, date, key, event, rel, a, b
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
  AND ($afterDate IS NULL OR date > $afterDate OR (date = $afterDate AND key > $afterKey))
RETURN kind, date, key, event, rel, CASE WHEN rel IS NULL THEN null ELSE type(rel) END AS relType, a, b
ORDER BY date, key
LIMIT $limit
