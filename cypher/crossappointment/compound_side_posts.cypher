// The posts behind cross-appointment (docs/spec/import-format.md §Cross-appointment): for each compound
// existing on $asOf (all, or those in $compoundIds), every post in force on one of its three sides,
// with the side it is on (a property company's post placed on another compound, v1.1 place_id, is
// not on this one's property side). The sides are those of compound_sides.cypher; a person with posts on two
// or more different sides of a compound is cross-appointed in it.
MATCH (c:Compound)
WHERE ($compoundIds IS NULL OR c.id IN $compoundIds)
  AND (c.founded IS NULL OR c.founded <= $asOf) AND (c.dissolved IS NULL OR c.dissolved > $asOf)
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
MATCH (p:Person)-[h:HOLDS_POST]->(u)
WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  AND (side <> 'PROPERTY' OR h.placeId IS NULL OR h.placeId = c.id)
RETURN c.id AS compound, p.id AS person, side, u.id AS unit, h.role AS role, h.title AS title,
       h.since AS since, h.until AS until, h.source AS source
ORDER BY compound, person, side, unit, role, since
