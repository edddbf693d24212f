// Agreements, items and events by id (their ids are disjoint): undoing created ones, or sweeping
// after --replace.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Agreement {id: id}) RETURN n
  UNION
  MATCH (n:Item {id: id}) RETURN n
  UNION
  MATCH (n:Event {id: id}) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted
