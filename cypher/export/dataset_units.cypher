MATCH (u:Unit)
OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
RETURN properties(u) AS props, p.id AS parentId
ORDER BY u.id
