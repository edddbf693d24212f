// The containment tree: (child)-[:UNDER]->(parent). The new edges go into the import's journal.
UNWIND $rows AS row
MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parentId})
CREATE (u)-[r:UNDER]->(p)
RETURN collect(elementId(r)) AS created
