// Unit–unit edges on $asOf leaving the units $ids (a scope); the caller keeps those whose other
// end is in the scope too.
UNWIND $ids AS id
MATCH (a:Unit {id: id})-[r:UNDER|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
RETURN a.id AS a, b.id AS b
