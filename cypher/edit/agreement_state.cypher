// An agreement as stored; no row when there is none.
MATCH (n:Agreement {id: $id})
RETURN elementId(n) AS elementId, properties(n) AS props
