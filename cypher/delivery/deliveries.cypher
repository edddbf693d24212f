// The newest entries of the delivery logs of these webhooks, $first of each.
UNWIND $ids AS id
CALL (id) {
  MATCH (d:__GovGraphWebhookDelivery {webhookId: id})
  WITH d ORDER BY d.seq DESC
  LIMIT $first
  RETURN collect(d {.*}) AS log
}
RETURN id, log
