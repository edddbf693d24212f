// A staged part just published (staged_part.cypher).
MATCH (p:PendingChangeEvents)
WHERE elementId(p) = $id
DELETE p
