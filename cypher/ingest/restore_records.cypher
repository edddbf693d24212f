// Roll-back: a changed agreement, item or event gets its properties back from its before-image.
MATCH (b:__GovGraphBefore {__import: $importId})
WHERE b.__kind = 'record'
WITH b LIMIT $limit
CALL (b) {
  CALL (b) {
    MATCH (n:Agreement {id: b.id}) RETURN n
    UNION
    MATCH (n:Item {id: b.id}) RETURN n
    UNION
    MATCH (n:Event {id: b.id}) RETURN n
  }
  SET n = properties(b)
  REMOVE n.__import, n.__kind
}
DELETE b
RETURN count(*) AS restored
