MATCH (e:Event)
RETURN properties(e) AS props
ORDER BY e.id
