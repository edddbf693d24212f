// Per host within the scope, over its events of the given types dated within [$from, $to]: the
// invited (every attendance row, ABSENT included) and those who came (every row but ABSENT; a row without a role came).
MATCH (u:Unit)-[:UNDER*0..]->(:Unit {id: $scopeId})
MATCH (e:Event {hostId: u.id})
WHERE e.type IN $types
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH ()-[r:ATTENDED]->(e)
WITH u, e, count(r) AS invited, count(CASE WHEN r IS NOT NULL AND (r.role IS NULL OR r.role <> 'ABSENT') THEN 1 END) AS attended
RETURN u.id AS bodyId, count(e) AS events, sum(invited) AS invited, sum(attended) AS attended
ORDER BY bodyId
