// Posts in force on $asOf held by many people at once.
UNWIND $ids AS key
MATCH (:Person {id: key})-[h:HOLDS_POST]->(u:Unit)
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
RETURN key, key AS personId, u.id AS unitId, h
ORDER BY key, unitId, h.role
