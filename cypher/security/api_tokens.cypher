// Every API token, for the in-memory table that bearer requests are checked against.
MATCH (t:__GovGraphApiToken)
RETURN t
ORDER BY t.created, t.id
