// Posts begun on the day of a corrected roster that no longer lists them.
UNWIND $refs AS ref
MATCH ()-[h:HOLDS_POST]->()
WHERE elementId(h) = ref
DELETE h
