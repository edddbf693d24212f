// People the store holds: rewritten only when their properties differ, the old ones kept as a
// before-image of this import.
UNWIND $rows AS row
MATCH (p:Person {id: row.props.id})
WITH p, row
WHERE properties(p) <> row.props
CREATE (b:__GovGraphBefore)
SET b = properties(p), b.__import = $importId, b.__kind = 'person'
SET p = row.props
RETURN count(*) AS changed
