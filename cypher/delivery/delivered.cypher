// An event delivered: the webhook's cursor moves past it (only forward) and its log says so.
MATCH (w:__GovGraphWebhook {id: $id})
SET w.cursor = CASE WHEN w.cursor < $seq THEN $seq ELSE w.cursor END, w.delivered = w.delivered + 1,
    w.failingSeq = null, w.attempts = 0, w.nextAttempt = null, w.lastStatusCode = $statusCode,
    w.lastDelivered = $at
MERGE (d:__GovGraphWebhookDelivery {webhookId: $id, seq: $seq})
ON CREATE SET d.firstAttempt = $at
SET d.key = $key, d.type = $type, d.status = 'DELIVERED', d.attempts = $attempts, d.lastAttempt = $at,
    d.lastStatusCode = $statusCode, d.nextAttempt = null
