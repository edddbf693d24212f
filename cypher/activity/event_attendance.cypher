// Who took part in each event asked about, by role then attendee id: never by a name, which a
// planner sees masked.
MATCH (x)-[r:ATTENDED]->(e:Event)
WHERE e.id IN $ids
RETURN e.id AS key, x.id AS attendeeId, x:Person AS isPerson, r
ORDER BY key, r.role, attendeeId
