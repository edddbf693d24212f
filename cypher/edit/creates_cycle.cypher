// The loop putting unit $id under $parentId would close: the units from the parent up to $id, when
// the parent is the unit or lies beneath it; no row when it would close none.
MATCH trail = (p:Unit {id: $parentId})-[:UNDER*0..]->(:Unit {id: $id})
RETURN [u IN nodes(trail) | u.id] AS trail
LIMIT 1
