// Items (v1.1) the store holds: rewritten only when their properties differ, the old ones kept
// as a before-image of this import.
UNWIND $rows AS row
MATCH (n:Item {id: row.props.id})
WITH n, row
WHERE properties(n) <> row.props
CREATE (b:__GovGraphBefore)
SET b = properties(n), b.__import = $importId, b.__kind = 'record'
SET n = row.props
RETURN count(*) AS changed
