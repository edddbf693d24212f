// Which of these idempotency keys the outbox holds already: an event found again is not written twice.
UNWIND $keys AS k
MATCH (e:ChangeEvent {key: k})
RETURN collect(e.key) AS keys
