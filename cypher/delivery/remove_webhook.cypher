// A webhook and its delivery log removed: nothing more is sent to it.
MATCH (w:__GovGraphWebhook {id: $id})
OPTIONAL MATCH (d:__GovGraphWebhookDelivery {webhookId: $id})
WITH w, w {.*, secret: null} AS shown, collect(d) AS log
FOREACH (d IN log | DELETE d)
DELETE w
RETURN shown AS w
