// Appends events to the outbox in the writer's own transaction ($events hold no key written before,
// see existing_keys). The counter is locked (written) before it is read and stays locked until the
// transaction commits, so sequence numbers are handed out in commit order: a reader that has seen
// number N never later finds a smaller one. Each event brings its scope: its units and all their
// ancestors (events/ancestors).
MERGE (c:EventCounter {name: 'events'})
ON CREATE SET c.value = 0
SET c.lockedAt = $at
WITH c
WITH c.value AS last, c
SET c.value = last + size($events)
WITH last
UNWIND range(0, size($events) - 1) AS i
WITH last + i + 1 AS seq, $events[i] AS e
CREATE (n:ChangeEvent)
SET n = e, n.seq = seq, n.at = $at
RETURN count(n) AS written
