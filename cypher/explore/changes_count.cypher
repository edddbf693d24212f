// How many events changes.cypher finds in all (same conditions, no cursor, nothing loaded).
MATCH (a)-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
WHERE ((r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to))
  AND ($scopeId IS NULL
       OR $scopeId IN [(b)-[:UNDER*0..]->(t) | t.id]
       OR (a:Unit AND $scopeId IN [(a)-[:UNDER*0..]->(t) | t.id]))
RETURN sum(CASE WHEN r.since >= $from AND r.since <= $to THEN 1 ELSE 0 END)
     + sum(CASE WHEN r.until >= $from AND r.until <= $to THEN 1 ELSE 0 END) AS count
