// Opens an import: the unique "active" flag refuses a second unfinished import.
CREATE (:__GovGraphImport {
  id: $importId, state: 'writing', active: true, source: $source, replace: $replace,
  started: datetime(), heartbeat: datetime(), batches: 0
})
