// New parties to agreements (v1.1): (unit)-[:PARTY_TO]->(agreement). The element ids of those
// between a stored unit and a stored agreement go into the import's journal (one with a new end is
// undone with that end).
UNWIND $rows AS row
MATCH (u:Unit {id: row.unitId}), (a:Agreement {id: row.agreementId})
CREATE (u)-[r:PARTY_TO]->(a)
SET r = row.props
WITH r, row WHERE row.journal
RETURN collect(elementId(r)) AS created
