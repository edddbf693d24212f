// Units whose stored parent differs from the data set's: their UNDER edge goes first.
UNWIND $ids AS id
MATCH (:Unit {id: id})-[r:UNDER]->(:Unit)
DELETE r
