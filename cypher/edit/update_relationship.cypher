// A post or link rewritten whole, found by its element id (read in the same transaction).
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
SET r = $props
