// After an import's switch-over: up to $limit of its staged events enter the outbox, each with the
// next sequence number (the counter locked as in record.cypher). Run until it answers 0; safe to run
// again after an interruption (ingest/ImportRecovery finishes a switched-over import at start).
MATCH (p:PendingChangeEvent {importId: $importId})
WITH p LIMIT $limit
WITH collect(p) AS staged
MERGE (c:EventCounter {name: 'events'})
ON CREATE SET c.value = 0
SET c.lockedAt = $at
WITH c, staged
WITH c.value AS last, c, staged
SET c.value = last + size(staged)
WITH last, staged
UNWIND range(0, size(staged) - 1) AS i
WITH staged[i] AS p, last + i + 1 AS seq
SET p:ChangeEvent, p.seq = seq, p.at = $at
REMOVE p:PendingChangeEvent, p.importId
RETURN count(*) AS published
