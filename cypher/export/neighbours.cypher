// One step out from $ids in the linkage graph on $asOf (analysis.md): across UNDER to units that
// exist that day, across links and posts in force that day.
CALL () {
  MATCH (v:Unit) WHERE v.id IN $ids RETURN v
  UNION
  MATCH (v:Person) WHERE v.id IN $ids RETURN v
}
MATCH (v)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(w)
WHERE (type(r) = 'UNDER' OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  AND (w:Person OR ((w.founded IS NULL OR w.founded <= $asOf) AND (w.dissolved IS NULL OR w.dissolved > $asOf)))
RETURN DISTINCT w.id AS id
