MATCH (a:Unit)-[r]->(b:Unit)
WHERE type(r) IN $types
RETURN a.id AS fromId, b.id AS toId, type(r) AS type, properties(r) AS props
ORDER BY fromId, toId, type, r.since
