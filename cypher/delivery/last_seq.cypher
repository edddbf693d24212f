// The sequence number of the newest event in the outbox (0 while it is empty). The counter is
// written in the transaction that writes the events, so every event up to it has committed.
OPTIONAL MATCH (c:EventCounter {name: 'events'})
RETURN coalesce(c.value, 0) AS seq
