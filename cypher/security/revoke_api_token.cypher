// Revokes an API token (once: a second revocation keeps the first one's time and admin).
MATCH (t:__GovGraphApiToken {id: $id})
SET t.revoked = coalesce(t.revoked, $revoked), t.revokedBy = coalesce(t.revokedBy, $revokedBy)
RETURN t
