// A post by its key (person, unit, role, since); no row when there is none.
MATCH (:Person {id: $personId})-[h:HOLDS_POST]->(:Unit {id: $unitId})
WHERE h.role = $role AND ((h.since IS NULL AND $since IS NULL) OR h.since = $since)
RETURN elementId(h) AS elementId, properties(h) AS props
