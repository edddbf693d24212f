// An import rolled back: its staged events never happened.
MATCH (p:PendingChangeEvents {importId: $importId})
WITH p LIMIT $limit
DELETE p
RETURN count(*) AS deleted
