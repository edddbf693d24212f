// The place (placeId) of each post asked about, a post being found by its key as in the data set:
// person, unit, role and since.
UNWIND $posts AS k
MATCH (:Person {id: k.personId})-[h:HOLDS_POST]->(:Unit {id: k.unitId})
WHERE h.role = k.role
  AND (h.since = k.since OR (h.since IS NULL AND k.since IS NULL))
  AND h.placeId IS NOT NULL
RETURN k.key AS key, h.placeId AS placeId
