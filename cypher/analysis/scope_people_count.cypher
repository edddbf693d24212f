// How many people hold a post in force on $asOf in the units $ids (a scope), counted as
// scope_post_edges reads them: with the scope's units, the vertices that price an analysis of it.
UNWIND $ids AS id
MATCH (p:Person)-[h:HOLDS_POST]->(:Unit {id: id})
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
RETURN count(DISTINCT p) AS people
