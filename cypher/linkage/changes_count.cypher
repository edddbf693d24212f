// How many events changes.cypher finds in all (same relationships, no cursor, nothing loaded).
CALL () {
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(b:Unit)<-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-()
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN r
  UNION
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(:Unit)-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN r
  UNION
  WITH $scopeId AS scope WHERE scope IS NULL
  MATCH ()-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN r
}
RETURN sum(CASE WHEN r.since >= $from AND r.since <= $to THEN 1 ELSE 0 END)
     + sum(CASE WHEN r.until >= $from AND r.until <= $to THEN 1 ELSE 0 END) AS count
