// The posts a roster starts.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (u:Unit {id: row.unitId})
CREATE (p)-[h:HOLDS_POST]->(u)
SET h = row.props
