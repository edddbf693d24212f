MATCH (x)-[r:ATTENDED]->(e:Event)
RETURN e.id AS eventId, x.id AS attendeeId, x:Person AS person, properties(r) AS props
ORDER BY eventId, attendeeId
