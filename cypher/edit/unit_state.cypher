// A unit as stored, with its parent's id; no row when there is none.
MATCH (u:Unit {id: $id})
OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
RETURN properties(u) AS props, p.id AS parentId
