// Posts in force on $asOf held by many people at once; at most $max a person (in unit, role order).
// Each with its unit and the unit's parent id: the level that asks for the posts' units then
// finds them read (directory/KnownUnits).
UNWIND $ids AS key
CALL (key) {
  MATCH (:Person {id: key})-[h:HOLDS_POST]->(u:Unit)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN u.id AS unitId, h, u
  ORDER BY unitId, h.role
  LIMIT $max
}
OPTIONAL MATCH (u)-[:UNDER]->(parent:Unit)
RETURN key, key AS personId, unitId, h, u, parent.id AS unitParentId
ORDER BY key, unitId, h.role
