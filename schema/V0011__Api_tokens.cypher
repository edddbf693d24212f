// API tokens (security/ApiTokens) are found by the id that their bearer string carries.
CREATE CONSTRAINT api_token_id_unique IF NOT EXISTS FOR (t:__GovGraphApiToken) REQUIRE t.id IS UNIQUE;
