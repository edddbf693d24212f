// For each compound existing on $asOf (all, or those in $compoundIds): whether it has an owners
// committee, and who is cross-appointed in it (docs/spec/import-format.md §Cross-appointment): people
// holding posts in force on two or more of its three sides —
//   owners side:    its OWNERS_COMMITTEE;
//   property side:  each PROPERTY_COMPANY with a SERVES link in force to it, the posts in it whose
//                   place_id (v1.1) is empty or this compound;
//   community side: the COMMUNITY_COMMITTEE it lies under, and that community's RESIDENTS_COMMITTEE.
MATCH (c:Compound)
WHERE ($compoundIds IS NULL OR c.id IN $compoundIds)
  AND (c.founded IS NULL OR c.founded <= $asOf) AND (c.dissolved IS NULL OR c.dissolved > $asOf)
CALL (c) {
  CALL (c) {
    MATCH (u:OwnersCommittee)-[:UNDER]->(c)
    RETURN u, 'OWNERS' AS side
    UNION
    MATCH (u:PropertyCompany)-[s:SERVES]->(c)
    WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf)
    RETURN u, 'PROPERTY' AS side
    UNION
    MATCH path = (c)-[:UNDER*1..]->(cc:CommunityCommittee)
    WITH cc ORDER BY length(path) LIMIT 1
    OPTIONAL MATCH (rc:ResidentsCommittee)-[:UNDER]->(cc)
    WITH cc, collect(rc) AS rcs
    UNWIND [cc] + rcs AS u
    RETURN u, 'COMMUNITY' AS side
  }
  WITH c, u, side
  WHERE (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
  OPTIONAL MATCH (p:Person)-[h:HOLDS_POST]->(u)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
    AND (side <> 'PROPERTY' OR h.placeId IS NULL OR h.placeId = c.id)
  WITH u, side, p
  WITH count(DISTINCT CASE WHEN side = 'OWNERS' THEN u END) > 0 AS hasOwnersCommittee,
       [x IN collect({person: p.id, side: side}) WHERE x.person IS NOT NULL] AS holders
  UNWIND (CASE WHEN holders = [] THEN [null] ELSE holders END) AS holder
  WITH hasOwnersCommittee, holder.person AS person, count(DISTINCT holder.side) AS sides
  RETURN hasOwnersCommittee, [x IN collect(CASE WHEN sides >= 2 THEN person END) WHERE x IS NOT NULL] AS crossAppointed
}
RETURN c.id AS compound, hasOwnersCommittee, crossAppointed
ORDER BY compound
