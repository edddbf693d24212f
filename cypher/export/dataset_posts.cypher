MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
RETURN p.id AS personId, u.id AS unitId, properties(h) AS props
ORDER BY personId, unitId, h.role, h.since
