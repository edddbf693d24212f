MATCH (u:Unit)
WHERE ($type IS NULL OR u.type = $type)
  AND ($name IS NULL OR u.name CONTAINS $name)
RETURN count(u) AS count
