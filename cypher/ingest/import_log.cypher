// One journal entry, written in the same transaction as the batch it describes: what the batch
// created (kind "created", undone by a roll-back) or what must go once committed (kind "sweep").
// No entry (and so no batch) without the open import: the caller fails the transaction on 0. The
// import node is only read here, not written, so that batches running side by side never wait for
// each other's commit on its lock; its heartbeat has a transaction of its own (import_heartbeat).
MATCH (i:__GovGraphImport {id: $importId, state: 'writing'})
CREATE (:__GovGraphImportLog {
  import: $importId, seq: $seq, kind: $kind, units: $units, people: $people, rels: $rels, records: $records
})
RETURN count(*) AS logged
