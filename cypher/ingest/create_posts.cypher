// New posts; their element ids go into the import's journal.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (u:Unit {id: row.unitId})
CREATE (p)-[h:HOLDS_POST]->(u)
SET h = row.props
RETURN collect(elementId(h)) AS created
