// The names and types of the units events name.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u.id AS id, u.name AS name, u.type AS type
