// When an API token was last used (written at most once a minute per token, not per request).
MATCH (t:__GovGraphApiToken {id: $id})
WHERE t.lastUsed IS NULL OR t.lastUsed < $lastUsed
SET t.lastUsed = $lastUsed
