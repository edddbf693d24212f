// An agreement, item or event rewritten whole, found by its element id (read in the same transaction).
MATCH (n)
WHERE elementId(n) = $elementId
SET n = $props
