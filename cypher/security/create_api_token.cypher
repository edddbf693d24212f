// A new API token: only the SHA-256 of its bearer string is kept, never the string itself.
CREATE (t:__GovGraphApiToken {
  id: $id, account: $account, name: $name, roles: $roles, hash: $hash,
  created: $created, createdBy: $createdBy, expires: $expires
})
RETURN t
