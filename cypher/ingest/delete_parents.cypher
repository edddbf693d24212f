// Units whose stored parent differs from the data set's: their UNDER edge goes first, remembered
// as a before-image of this import.
UNWIND $ids AS id
MATCH (:Unit {id: id})-[r:UNDER]->(p:Unit)
CREATE (:__GovGraphBefore {__import: $importId, __kind: 'under', child: id, parent: p.id})
DELETE r
