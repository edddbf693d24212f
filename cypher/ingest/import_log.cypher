// One journal entry, written in the same transaction as the batch it describes: what the batch
// created (kind "created", undone by a roll-back) or what must go once committed (kind "sweep").
MATCH (i:__GovGraphImport {id: $importId})
SET i.heartbeat = datetime(), i.batches = $seq
CREATE (:__GovGraphImportLog {
  import: $importId, seq: $seq, kind: $kind, units: $units, people: $people, rels: $rels
})
