// The stored posts of the people of a data set, read before anything is written: the import then
// knows which posts are new, changed or unchanged without looking relationships up row by row.
UNWIND $ids AS id
MATCH (:Person {id: id})-[h:HOLDS_POST]->(u:Unit)
RETURN id AS personId, u.id AS unitId, elementId(h) AS elementId, properties(h) AS props
