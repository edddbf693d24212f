// Children of many units at once, existing on $asOf, optionally of one type.
UNWIND $ids AS key
MATCH (u:Unit)-[:UNDER]->(:Unit {id: key})
WHERE ($type IS NULL OR u.type = $type)
  AND (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
RETURN key, u, key AS parentId
ORDER BY key, u.type, u.id
