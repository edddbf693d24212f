// One page of units in id order (keyset pagination: after the last id seen).
MATCH (u:Unit)
WHERE ($type IS NULL OR u.type = $type)
  AND ($name IS NULL OR u.name CONTAINS $name)
  AND ($after IS NULL OR u.id > $after)
OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
RETURN u, p.id AS parentId
ORDER BY u.id
LIMIT $limit
