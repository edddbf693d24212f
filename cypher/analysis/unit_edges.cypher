// Unit–unit edges on $asOf: every UNDER pair and every link in force (UNDER has no dates).
// Ends that do not exist on $asOf are dropped by the caller, which knows the vertex set.
MATCH (a:Unit)-[r:UNDER|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
RETURN a.id AS a, b.id AS b
