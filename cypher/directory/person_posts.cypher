// Posts in force on $asOf held by many people at once; at most $max a person (in unit, role order).
UNWIND $ids AS key
CALL (key) {
  MATCH (:Person {id: key})-[h:HOLDS_POST]->(u:Unit)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN u.id AS unitId, h
  ORDER BY unitId, h.role
  LIMIT $max
}
RETURN key, key AS personId, unitId, h
ORDER BY key, unitId, h.role
