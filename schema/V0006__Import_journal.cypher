// Crash-safe imports (ingest/ImportJournal): at most one unfinished import at a time (only an
// unfinished import carries active = true), and its journal and before-images found by import id.
CREATE CONSTRAINT import_id_unique IF NOT EXISTS FOR (i:__GovGraphImport) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT import_one_active IF NOT EXISTS FOR (i:__GovGraphImport) REQUIRE i.active IS UNIQUE;
CREATE INDEX import_log_import IF NOT EXISTS FOR (l:__GovGraphImportLog) ON (l.import);
CREATE INDEX import_before_import IF NOT EXISTS FOR (b:__GovGraphBefore) ON (b.__import);
