// Posts named by element id (those a roster just ended), as events name them.
UNWIND $refs AS ref
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE elementId(h) = ref
RETURN p.id AS personId, u.id AS unitId, h.role AS role, h.since AS since, h.until AS until
