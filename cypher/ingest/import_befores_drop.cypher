// After the switch-over the before-images are no longer needed: dropped in bounded batches.
MATCH (b:__GovGraphBefore {__import: $importId})
WITH b LIMIT $limit
DELETE b
RETURN count(*) AS deleted
