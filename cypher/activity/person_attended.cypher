// The events each person asked about took part in (ABSENT included: the role says so) dated
// within [$from, $to] (either end open when null), by date then event id; at most $max per person.
MATCH (p:Person)-[r:ATTENDED]->(e:Event)
WHERE p.id IN $ids
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
WITH p.id AS key, e, r
ORDER BY key, e.date, e.id
WITH key, collect({eventId: e.id, r: r})[..$max] AS attended
UNWIND attended AS a
RETURN key, a.eventId AS eventId, a.r AS r
