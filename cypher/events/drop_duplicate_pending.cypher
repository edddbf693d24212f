// Staged events of an import whose key reached the outbox meanwhile (by the daily check): dropped
// before publishing, so that the key stays unique.
MATCH (p:PendingChangeEvent {importId: $importId})
WHERE EXISTS { MATCH (:ChangeEvent {key: p.key}) }
WITH p LIMIT $limit
DELETE p
RETURN count(*) AS deleted
