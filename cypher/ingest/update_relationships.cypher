// Posts or links that exist with other values: rewritten in place (found by element id), the old
// values kept as a before-image of this import.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
CREATE (b:__GovGraphBefore)
SET b = properties(r), b.__import = $importId, b.__kind = 'rel', b.__rel = row.elementId
SET r = row.props
RETURN count(*) AS changed
