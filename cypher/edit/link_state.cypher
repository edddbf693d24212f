// A link by its key (from, to, type $kind, since); no row when there is none.
MATCH (:Unit {id: $fromId})-[l]->(:Unit {id: $toId})
WHERE type(l) = $kind AND ((l.since IS NULL AND $since IS NULL) OR l.since = $since)
RETURN elementId(l) AS elementId, properties(l) AS props
