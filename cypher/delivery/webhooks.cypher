// Every webhook (or the one with $id), oldest first, without its secret.
MATCH (w:__GovGraphWebhook)
WHERE $id IS NULL OR w.id = $id
RETURN w {.*, secret: null} AS w
ORDER BY w.created, w.id
