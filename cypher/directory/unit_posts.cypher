// Posts in force on $asOf (since empty or ≤ asOf, until empty or ≥ asOf) in many units at once;
// at most $max a unit (in role, person order).
UNWIND $ids AS key
CALL (key) {
  MATCH (p:Person)-[h:HOLDS_POST]->(:Unit {id: key})
  WHERE ($role IS NULL OR h.role = $role)
    AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN p.id AS personId, h
  ORDER BY h.role, personId
  LIMIT $max
}
RETURN key, personId, key AS unitId, h
ORDER BY key, h.role, personId
