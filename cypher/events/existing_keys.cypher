// Which of these idempotency keys the outbox holds already: an event found again is not written twice.
// Each key by an index seek (the hint), never a scan of the whole key index per key (see
// ancestors.cypher).
UNWIND $keys AS k
MATCH (e:ChangeEvent {key: k})
USING INDEX SEEK e:ChangeEvent(key)
RETURN collect(e.key) AS keys
