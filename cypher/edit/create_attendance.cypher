// A new attendance: (person or unit)-[:ATTENDED]->(event).
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (p:Person {id: $attendeeId})
OPTIONAL MATCH (u:Unit {id: $attendeeId})
WITH e, CASE WHEN $person THEN p ELSE u END AS x
CREATE (x)-[r:ATTENDED]->(e)
SET r = $props
