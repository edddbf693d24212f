// Journal entries no longer needed ("created" ones after the switch-over, "sweep" ones after a
// roll-back): dropped in bounded batches.
MATCH (l:__GovGraphImportLog {import: $importId})
WHERE l.kind = $kind
WITH l LIMIT $limit
DELETE l
RETURN count(*) AS deleted
