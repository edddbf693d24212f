// An attempt at an event failed: the webhook keeps its cursor and says when it tries again, or,
// after the last attempt ($status PARKED), stops until an admin resumes it.
MATCH (w:__GovGraphWebhook {id: $id})
SET w.failingSeq = $seq, w.attempts = $attempts, w.nextAttempt = $nextAttempt, w.lastError = $error,
    w.lastStatusCode = $statusCode, w.lastFailed = $at,
    w.status = CASE WHEN $status = 'PARKED' THEN 'PARKED' ELSE w.status END
MERGE (d:__GovGraphWebhookDelivery {webhookId: $id, seq: $seq})
ON CREATE SET d.firstAttempt = $at
SET d.key = $key, d.type = $type, d.status = $status, d.attempts = $attempts, d.lastAttempt = $at,
    d.lastStatusCode = $statusCode, d.lastError = $error, d.nextAttempt = $nextAttempt
