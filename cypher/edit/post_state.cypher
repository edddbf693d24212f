// A post by its key (person $fromId, unit $toId, role $kind, since); no row when there is none.
MATCH (:Person {id: $fromId})-[h:HOLDS_POST]->(:Unit {id: $toId})
WHERE h.role = $kind AND ((h.since IS NULL AND $since IS NULL) OR h.since = $since)
RETURN elementId(h) AS elementId, properties(h) AS props
