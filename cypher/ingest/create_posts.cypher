// New posts; the element ids of those between a stored person and a stored unit go into the
// import's journal (a post with a new end is undone with that end).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (u:Unit {id: row.unitId})
CREATE (p)-[h:HOLDS_POST]->(u)
SET h = row.props
WITH h, row WHERE row.journal
RETURN collect(elementId(h)) AS created
