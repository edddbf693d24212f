// A webhook's delivery log keeps its newest $keep entries.
MATCH (d:__GovGraphWebhookDelivery {webhookId: $id})
WITH d ORDER BY d.seq DESC
SKIP $keep
DELETE d
