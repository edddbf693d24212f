// Roll-back: an UNDER edge the import removed is drawn again.
MATCH (b:__GovGraphBefore {__import: $importId})
WHERE b.__kind = 'under'
WITH b LIMIT $limit
CALL (b) {
  MATCH (c:Unit {id: b.child}), (p:Unit {id: b.parent})
  CREATE (c)-[:UNDER]->(p)
}
DELETE b
RETURN count(*) AS restored
