OPTIONAL MATCH (u:Unit {id: $id})
RETURN u IS NOT NULL AS exists
