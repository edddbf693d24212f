// Posts or links that exist with other values: rewritten in place (found by element id).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.props
