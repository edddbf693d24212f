MATCH (p:Person)
RETURN properties(p) AS props
ORDER BY p.id
