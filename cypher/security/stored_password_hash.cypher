// The password hash kept for a generated account (the admin's, when no password was given).
MATCH (a:__GovGraphAccount {name: $name})
RETURN a.passwordHash AS passwordHash
