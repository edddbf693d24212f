// Posts in force on $asOf in the units $ids (a scope): their people are the scope's people.
UNWIND $ids AS id
MATCH (p:Person)-[h:HOLDS_POST]->(:Unit {id: id})
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
RETURN p.id AS p, id AS u
