// Webhooks (delivery/Webhooks) are found by id; their delivery logs by webhook and event.
CREATE CONSTRAINT webhook_id_unique IF NOT EXISTS FOR (w:__GovGraphWebhook) REQUIRE w.id IS UNIQUE;
CREATE INDEX webhook_delivery_webhook_seq IF NOT EXISTS FOR (d:__GovGraphWebhookDelivery) ON (d.webhookId, d.seq);
