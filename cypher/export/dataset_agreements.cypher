MATCH (a:Agreement)
RETURN properties(a) AS props
ORDER BY a.id
