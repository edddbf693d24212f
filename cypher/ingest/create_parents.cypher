// The containment tree: (child)-[:UNDER]->(parent).
UNWIND $rows AS row
MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parentId})
CREATE (u)-[:UNDER]->(p)
