// Edits (who changed what, with before and after) are found by id and listed by sequence; the
// access log of personal data is listed newest first.
CREATE CONSTRAINT edit_id_unique IF NOT EXISTS FOR (e:Edit) REQUIRE e.id IS UNIQUE;
CREATE INDEX edit_seq IF NOT EXISTS FOR (e:Edit) ON (e.seq);
CREATE INDEX personal_data_access_at IF NOT EXISTS FOR (a:PersonalDataAccess) ON (a.at);
