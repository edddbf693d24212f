MATCH (u:Unit)-[r:PARTY_TO]->(a:Agreement)
RETURN a.id AS agreementId, u.id AS unitId, properties(r) AS props
ORDER BY agreementId, unitId
