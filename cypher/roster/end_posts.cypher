// The stored posts a newer roster no longer lists end the day before it.
UNWIND $rows AS row
MATCH ()-[h:HOLDS_POST]->()
WHERE elementId(h) = row.ref
SET h.until = row.until
REMOVE h.untilGiven
