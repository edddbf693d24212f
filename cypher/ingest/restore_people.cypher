// Roll-back: a changed person gets their properties back from their before-image.
MATCH (b:__GovGraphBefore {__import: $importId})
WHERE b.__kind = 'person'
WITH b LIMIT $limit
CALL (b) {
  MATCH (p:Person {id: b.id})
  SET p = properties(b)
  REMOVE p.__import, p.__kind
}
DELETE b
RETURN count(*) AS restored
