// Keeps a generated account's password hash, so the password printed at first start stays valid.
MERGE (a:__GovGraphAccount {name: $name})
ON CREATE SET a.passwordHash = $passwordHash, a.created = datetime()
RETURN a.passwordHash AS passwordHash
