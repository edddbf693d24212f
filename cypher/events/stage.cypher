// An import's events, staged before its switch-over, each with its scope (worked out by the importer
// from the tree it leaves): without a sequence number they are not yet in the outbox; publish_import
// puts them there once the import has switched over (drop_duplicate_pending first drops those whose
// key reached the outbox meanwhile), discard_import drops them when it is rolled back.
UNWIND $events AS e
CREATE (n:PendingChangeEvent)
SET n = e, n.importId = $importId
RETURN count(n) AS staged
