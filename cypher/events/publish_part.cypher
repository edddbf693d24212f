// One part staged by an import that has switched over becomes events (events/ChangeEvents
// .publishImport): each event not yet in the outbox (an event whose key the outbox holds by then,
// the daily check's, is not written again) is created from the part's lists inside the server, and
// the part is dropped, in the transaction that number_part then numbers and commits: a part is
// published once whatever stops it, and no other transaction ever sees an event without its number.
// Answers the new events' element ids in the part's order.
MATCH (p:PendingChangeEvents {importId: $importId, part: $part})
// each list read once (a property read again is read again from the store)
WITH p, p.keys AS keys, p.types AS types, p.dates AS dates, p.bodies AS bodies, p.scopeIds AS scopeIds,
     p.scopeAt AS scopeAt
WITH p, keys, types, dates, bodies, scopeIds, scopeAt,
     [i IN range(0, size(keys) - 1) WHERE NOT EXISTS { MATCH (:ChangeEvent {key: keys[i]}) }] AS fresh
CALL (keys, types, dates, bodies, scopeIds, scopeAt, fresh) {
  UNWIND fresh AS i
  CREATE (e:ChangeEvent {key: keys[i], type: types[i], date: date(dates[i]), at: $at,
                         scope: scopeIds[scopeAt[i]..scopeAt[i + 1]], body: bodies[i]})
  RETURN collect(elementId(e)) AS ids
}
DELETE p
RETURN size(keys) AS staged, ids
