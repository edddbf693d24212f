// Posts in the units $ids (held by the people $personIds, or by anyone when that is null): those in
// force on $asOf, or every one when $history is true; with the holder's name.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE u.id IN $ids AND ($personIds IS NULL OR p.id IN $personIds)
  AND ($history OR ((h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)))
RETURN p.id AS personId, p.name AS personName, u.id AS unitId, h.role AS role, h.title AS title,
  h.since AS since, h.until AS until
ORDER BY personId, unitId, role, since
