// A webhook registered by an admin. Its secret signs every delivery and is never read back by the
// API (webhooks.cypher leaves it out). Its cursor starts at the outbox's last event: it is sent
// what happens from now on.
CREATE (w:__GovGraphWebhook {
  id: $id, url: $url, scopeId: $scopeId, types: $types, role: $role, secret: $secret,
  created: $created, createdBy: $createdBy, status: 'ACTIVE', cursor: $cursor, delivered: 0,
  failingSeq: null, attempts: 0
})
RETURN w {.*, secret: null} AS w
