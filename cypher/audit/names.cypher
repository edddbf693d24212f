// The names of the units and people with these ids (evidence is written in ids).
MATCH (n:Unit) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, false AS person
UNION
MATCH (n:Person) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, true AS person
