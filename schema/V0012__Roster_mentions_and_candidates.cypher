// Rosters (roster/RosterImporter): a person's mentions found by person id, candidates by id and by
// status (the DIFFERENT pairs are read at every import), a unit's last roster by unit id.
CREATE INDEX roster_mention_person IF NOT EXISTS FOR (m:RosterMention) ON (m.personId);
CREATE CONSTRAINT resolution_candidate_id_unique IF NOT EXISTS FOR (c:ResolutionCandidate) REQUIRE c.id IS UNIQUE;
CREATE INDEX resolution_candidate_status IF NOT EXISTS FOR (c:ResolutionCandidate) ON (c.status);
CREATE INDEX roster_snapshot_unit IF NOT EXISTS FOR (s:RosterSnapshot) ON (s.unitId);
