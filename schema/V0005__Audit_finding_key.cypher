// An audit finding is found again by its key (rule id / subject id): one node per key.
CREATE CONSTRAINT finding_key_unique IF NOT EXISTS FOR (f:Finding) REQUIRE f.key IS UNIQUE;
