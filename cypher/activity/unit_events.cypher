// The events each unit asked about hosted or attended (as a unit) dated within [$from, $to]
// (either end open when null), by date then id; at most $max per unit.
UNWIND $ids AS key
CALL (key) {
  MATCH (e:Event {hostId: key})
  RETURN e
  UNION
  MATCH (:Unit {id: key})-[:ATTENDED]->(e:Event)
  RETURN e
}
WITH key, e
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH key, e
ORDER BY key, e.date, e.id
WITH key, collect(e)[..$max] AS events
UNWIND events AS e
RETURN key, e
