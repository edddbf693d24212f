// The stored attendance of the events of a data set (v1.1), read before anything is written.
UNWIND $ids AS id
MATCH (x)-[r:ATTENDED]->(:Event {id: id})
RETURN id AS eventId, x.id AS attendeeId, elementId(r) AS elementId, properties(r) AS props
