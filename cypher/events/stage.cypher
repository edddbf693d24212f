// A part of an import's events, staged before its switch-over as one JSON text (events/StagedEvents),
// each event with its scope (worked out by the importer from the tree it leaves), and their keys:
// without sequence numbers they are not yet in the outbox. ChangeEvents.publishImport (staged_part,
// record, drop_staged_part) put them there once the import has switched over; discard_import drops
// them when it is rolled back.
CREATE (:PendingChangeEvents {importId: $importId, part: $part, keys: $keys, events: $events})
