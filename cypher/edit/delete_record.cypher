// An event deleted, found by its element id; the edit refused it while anyone's attendance names it.
MATCH (n)
WHERE elementId(n) = $elementId
DELETE n
