// How many people hold a post in the units $ids (among $personIds, or anyone when that is null) in
// force on $asOf, or ever when $history is true: the person vertices an export of them will hold.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE u.id IN $ids AND ($personIds IS NULL OR p.id IN $personIds)
  AND ($history OR ((h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)))
RETURN count(DISTINCT p) AS people
