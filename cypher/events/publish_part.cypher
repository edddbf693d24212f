// The first part still staged of an import that has switched over enters the outbox and is dropped,
// in one transaction, so that a part is published once whatever stops it (events/ChangeEvents
// .publishImport, until no part is left). As in record.cypher the counter is locked (written) before
// it is read and held until the commit, so sequence numbers follow commit order; an event whose key
// the outbox holds by then (the daily check's) is not written again. The events are created from
// the part's lists inside the server: nothing travels to the client and back.
MATCH (p:PendingChangeEvents {importId: $importId})
WITH p ORDER BY p.part LIMIT 1
MERGE (c:EventCounter {name: 'events'})
ON CREATE SET c.value = 0
SET c.lockedAt = $at
// each list read once (a property read again is read again from the store)
WITH p, c, p.keys AS keys, p.types AS types, p.dates AS dates, p.bodies AS bodies, p.scopeIds AS scopeIds,
     p.scopeAt AS scopeAt
WITH p, c, keys, types, dates, bodies, scopeIds, scopeAt,
     [i IN range(0, size(keys) - 1) WHERE NOT EXISTS { MATCH (:ChangeEvent {key: keys[i]}) }] AS fresh
WITH p, keys, types, dates, bodies, scopeIds, scopeAt, fresh, c.value AS last, c
SET c.value = last + size(fresh)
WITH p, keys, types, dates, bodies, scopeIds, scopeAt, fresh, last
CALL (keys, types, dates, bodies, scopeIds, scopeAt, fresh, last) {
  UNWIND range(0, size(fresh) - 1) AS j
  WITH fresh[j] AS i, last + j + 1 AS seq, keys, types, dates, bodies, scopeIds, scopeAt
  CREATE (:ChangeEvent {seq: seq, key: keys[i], type: types[i], date: date(dates[i]), at: $at,
                        scope: scopeIds[scopeAt[i]..scopeAt[i + 1]], body: bodies[i]})
}
WITH p, size(keys) AS staged, size(fresh) AS written
DELETE p
RETURN staged, written
