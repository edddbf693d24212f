// After the switch-over the "created" entries are no longer needed: dropped in bounded batches.
MATCH (l:__GovGraphImportLog {import: $importId})
WHERE l.kind = 'created'
WITH l LIMIT $limit
DELETE l
RETURN count(*) AS deleted
