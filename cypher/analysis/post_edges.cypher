// Person–unit edges on $asOf: every post in force. Its person is a vertex of the graph.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
RETURN p.id AS p, u.id AS u
