// The outbox of change events (events/ChangeEvents): one event per idempotency key, read in
// sequence order; an import's staged events found by import; the state the outbox
// compares with (cross-appointments, link activity) by key; the daily check's posts by until; the
// decisions of one audit run by time; a roster mention by id.
CREATE CONSTRAINT change_event_key_unique IF NOT EXISTS FOR (e:ChangeEvent) REQUIRE e.key IS UNIQUE;
CREATE INDEX change_event_seq IF NOT EXISTS FOR (e:ChangeEvent) ON (e.seq);
CREATE INDEX pending_change_events_import IF NOT EXISTS FOR (p:PendingChangeEvents) ON (p.importId);
CREATE CONSTRAINT event_counter_name_unique IF NOT EXISTS FOR (c:EventCounter) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT event_check_name_unique IF NOT EXISTS FOR (c:EventCheck) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT cross_appointment_state_key_unique IF NOT EXISTS FOR (s:CrossAppointmentState) REQUIRE s.key IS UNIQUE;
CREATE INDEX cross_appointment_state_compound IF NOT EXISTS FOR (s:CrossAppointmentState) ON (s.compoundId);
CREATE CONSTRAINT link_activity_state_key_unique IF NOT EXISTS FOR (s:LinkActivityState) REQUIRE s.key IS UNIQUE;
CREATE INDEX holds_post_until IF NOT EXISTS FOR ()-[h:HOLDS_POST]-() ON (h.until);
CREATE INDEX audit_decision_at IF NOT EXISTS FOR (d:AuditDecision) ON (d.at);
CREATE INDEX roster_mention_id IF NOT EXISTS FOR (m:RosterMention) ON (m.id);
