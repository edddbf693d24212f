// A person as stored; no row when there is none.
MATCH (p:Person {id: $id})
RETURN properties(p) AS props
