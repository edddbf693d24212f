// The containment tree: (child)-[:UNDER]->(parent). New edges between two stored units go into the
// import's journal (an edge with a new end is undone with that end).
UNWIND $rows AS row
MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parentId})
CREATE (u)-[r:UNDER]->(p)
WITH r, row WHERE row.journal
RETURN collect(elementId(r)) AS created
