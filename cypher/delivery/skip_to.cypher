// No event after the cursor up to $seq is the webhook's (scope, types): the cursor moves on to $seq,
// so that the next read starts there rather than re-reading the events of others.
MATCH (w:__GovGraphWebhook {id: $id})
WHERE w.cursor < $seq
SET w.cursor = $seq
