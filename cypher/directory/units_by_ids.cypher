UNWIND $ids AS id
MATCH (u:Unit {id: id})
OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
RETURN u, p.id AS parentId
