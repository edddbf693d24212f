// A parked webhook active again: it tries the event it was parked on anew, from its first attempt.
MATCH (w:__GovGraphWebhook {id: $id})
SET w.status = 'ACTIVE', w.attempts = 0, w.nextAttempt = null, w.resumed = $at, w.resumedBy = $account
RETURN w {.*, secret: null} AS w
