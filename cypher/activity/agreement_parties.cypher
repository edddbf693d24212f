// The parties of each agreement asked about, by unit id.
MATCH (u:Unit)-[r:PARTY_TO]->(a:Agreement)
WHERE a.id IN $ids
RETURN a.id AS key, u.id AS unitId, r
ORDER BY key, unitId
