// Events of the given types hosted by a unit within the scope and dated within [$from, $to]
// (either end open when null), counted per host and calendar year.
MATCH (u:Unit)-[:UNDER*0..]->(:Unit {id: $scopeId})
MATCH (e:Event {hostId: u.id})
WHERE e.type IN $types
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
RETURN u.id AS bodyId, e.date.year AS year, count(e) AS meetings
ORDER BY bodyId, year
