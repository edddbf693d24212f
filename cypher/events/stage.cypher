// A part of an import's events, staged before its switch-over: without sequence numbers they are
// not yet in the outbox. Each event is the i-th entry of the lists (key, type, date as ISO text,
// body), its scope (worked out by the importer from the tree it leaves) the slice
// scopeIds[scopeAt[i]..scopeAt[i + 1]]: a few list values, no JSON to write or parse.
// ChangeEvents.publishImport (publish_part) puts them into the outbox once the import has switched
// over; discard_import drops them when it is rolled back.
CREATE (:PendingChangeEvents {importId: $importId, part: $part, keys: $keys, types: $types, dates: $dates,
                              bodies: $bodies, scopeIds: $scopeIds, scopeAt: $scopeAt})
