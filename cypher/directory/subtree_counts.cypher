// For many units at once, on $asOf: the units beneath each (existing) by type, and the people and
// posts in force in it or beneath it; with each unit itself and its parent's id, so that a query for
// one unit and its counts is this one statement (UnitController).
UNWIND $ids AS key
MATCH (top:Unit {id: key})
CALL (top) {
  MATCH (top)<-[:UNDER*0..]-(m:Unit)
  WHERE (m.founded IS NULL OR m.founded <= $asOf) AND (m.dissolved IS NULL OR m.dissolved > $asOf)
  RETURN collect(m) AS members
}
CALL (top, members) {
  UNWIND members AS m
  WITH m WHERE m <> top
  WITH m.type AS type, count(*) AS n
  ORDER BY type
  RETURN collect({type: type, count: n}) AS byType
}
CALL (members) {
  UNWIND members AS m
  MATCH (p:Person)-[h:HOLDS_POST]->(m)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN count(DISTINCT p) AS people, count(DISTINCT CASE WHEN p.partyMember THEN p END) AS partyPeople,
         count(h) AS posts
}
RETURN key, top, head([(top)-[:UNDER]->(parent:Unit) | parent.id]) AS parentId, byType, people, partyPeople, posts
