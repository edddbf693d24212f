// For each community committee under the street $streetId on $asOf: the types of the drivers that have
// a link in force to it or to a unit of its subtree, and the types of those linked by CO_CONSTRUCTS
// (docs/spec/analysis.md, "driver coverage" and v1.1 "driver coverage by type").
MATCH (:Unit {id: $streetId})<-[:UNDER*1..]-(c:CommunityCommittee)
WHERE (c.founded IS NULL OR c.founded <= $asOf) AND (c.dissolved IS NULL OR c.dissolved > $asOf)
CALL (c) {
  OPTIONAL MATCH (c)<-[:UNDER*0..]-(m:Unit)-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(d:Unit)
  WHERE d.type IN $driverTypes
    AND (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
    AND (m.founded IS NULL OR m.founded <= $asOf) AND (m.dissolved IS NULL OR m.dissolved > $asOf)
    AND (d.founded IS NULL OR d.founded <= $asOf) AND (d.dissolved IS NULL OR d.dissolved > $asOf)
  RETURN collect(DISTINCT d.type) AS types,
         collect(DISTINCT CASE WHEN type(l) = 'CO_CONSTRUCTS' THEN d.type END) AS coConstructsTypes
}
RETURN c.id AS community, types, coConstructsTypes
ORDER BY community
