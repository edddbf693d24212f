// A unit is found by its id everywhere: import upserts, GraphQL lookups, links.
CREATE CONSTRAINT unit_id_unique IF NOT EXISTS FOR (u:Unit) REQUIRE u.id IS UNIQUE;
