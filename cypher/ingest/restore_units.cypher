// Roll-back: a changed unit gets its properties and type label back from its before-image.
MATCH (b:__GovGraphBefore {__import: $importId})
WHERE b.__kind = 'unit'
WITH b LIMIT $limit
CALL (b) {
  MATCH (u:Unit {id: b.id})
  WITH u, b, [l IN labels(u) WHERE l <> 'Unit'] AS now
  REMOVE u:$(now)
  SET u = properties(b), u:$(b.__labels)
  REMOVE u.__import, u.__kind, u.__labels
}
DELETE b
RETURN count(*) AS restored
