// One attendee's attendance at an event, and whether the attendee is a person; no row when there is none.
MATCH (x)-[r:ATTENDED]->(:Event {id: $eventId})
WHERE x.id = $attendeeId
RETURN elementId(r) AS elementId, properties(r) AS props, x:Person AS person
