// An import still at work says so (at most every few seconds, in a small transaction of its own):
// only an import whose heartbeat is old counts as interrupted on a shared server.
MATCH (i:__GovGraphImport {id: $importId, state: 'writing'})
SET i.heartbeat = datetime(), i.batches = $seq
