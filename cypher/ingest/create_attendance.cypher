// New attendance (v1.1): (person or unit)-[:ATTENDED]->(event). The element ids of those between
// two stored ends go into the import's journal (one with a new end is undone with that end).
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
CALL (row) {
  WITH row WHERE row.person
  MATCH (x:Person {id: row.attendeeId}) RETURN x
  UNION
  WITH row WHERE NOT row.person
  MATCH (x:Unit {id: row.attendeeId}) RETURN x
}
CREATE (x)-[r:ATTENDED]->(e)
SET r = row.props
WITH r, row WHERE row.journal
RETURN collect(elementId(r)) AS created
