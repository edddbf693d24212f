MATCH (a:Agreement)
WHERE a.id IN $ids
RETURN a
