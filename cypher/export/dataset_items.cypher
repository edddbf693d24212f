MATCH (i:Item)
RETURN properties(i) AS props
ORDER BY i.id
