// Relationships by element id: undoing created posts, links and UNDER edges, or sweeping after --replace.
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
RETURN count(*) AS deleted
