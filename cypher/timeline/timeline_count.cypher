// How many rows timeline_page reads for the scope and window, every page together.
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
  RETURN e.date AS date, 'EVENT ' + e.id AS key
  UNION
  MATCH (u)-[:ATTENDED]->(e:Event)
  RETURN e.date AS date, 'EVENT ' + e.id AS key
  UNION
  MATCH (p:Person)-[h:HOLDS_POST]->(u)
  UNWIND [['POST_START', h.since], ['POST_END', h.until]] AS bound
  WITH u, p, h, bound[0] AS kind, bound[1] AS date
  WHERE date IS NOT NULL
  RETURN date, kind + ' ' + u.id + ' ' + p.id + ' ' + h.role + ' ' + coalesce(toString(h.since), '') AS key
  UNION
  MATCH (u)-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(:Unit)
  UNWIND [['LINK_START', l.since], ['LINK_END', l.until]] AS bound
  WITH l, bound[0] AS kind, bound[1] AS date
  WHERE date IS NOT NULL
  RETURN date, kind + ' ' + type(l) + ' ' + startNode(l).id + ' ' + endNode(l).id + ' ' + coalesce(toString(l.since), '') AS key
}
WITH DISTINCT date, key
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN count(*) AS total
