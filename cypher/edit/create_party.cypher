// A new party to an agreement: (unit)-[:PARTY_TO]->(agreement).
MATCH (u:Unit {id: $unitId}), (a:Agreement {id: $agreementId})
CREATE (u)-[r:PARTY_TO]->(a)
SET r = $props
