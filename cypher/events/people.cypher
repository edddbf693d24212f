// The names of the people events name (masked for planners by the schema's @personal).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name
