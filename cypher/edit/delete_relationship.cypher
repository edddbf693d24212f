// A party to an agreement or an attendance removed, found by its element id (read in the same transaction).
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
DELETE r
