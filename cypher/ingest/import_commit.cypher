// The switch-over: one small transaction. From here on, recovery finishes the import instead of
// undoing it.
MATCH (i:__GovGraphImport {id: $importId, state: 'writing'})
SET i.state = 'committed', i.committed = datetime()
RETURN count(i) AS committed
