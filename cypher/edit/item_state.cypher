// An item as stored; no row when there is none.
MATCH (n:Item {id: $id})
RETURN elementId(n) AS elementId, properties(n) AS props
