// Numbers the events publish_part has just created in this transaction, in their order. As in
// record.cypher the counter is locked (written) before it is read and held until the commit, so
// sequence numbers follow commit order: a reader that has seen number N never later finds a smaller
// one. ChangeEvents.publishImport runs this for a part only once the part before it has committed,
// so an import's parts are numbered in their order, while the next part's events are being created.
MERGE (c:EventCounter {name: 'events'})
ON CREATE SET c.value = 0
SET c.lockedAt = $at
WITH c
WITH c.value AS last, c
SET c.value = last + size($ids)
WITH last
UNWIND range(0, size($ids) - 1) AS j
MATCH (e:ChangeEvent)
WHERE elementId(e) = $ids[j]
SET e.seq = last + j + 1
RETURN count(e) AS numbered
