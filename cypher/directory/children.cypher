// Children of many units at once, existing on $asOf, optionally of one type; at most $max a unit
// (in type, id order).
UNWIND $ids AS key
CALL (key) {
  MATCH (u:Unit)-[:UNDER]->(:Unit {id: key})
  WHERE ($type IS NULL OR u.type = $type)
    AND (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
  RETURN u
  ORDER BY u.type, u.id
  LIMIT $max
}
RETURN key, u, key AS parentId
ORDER BY key, u.type, u.id
