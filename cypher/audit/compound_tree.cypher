// Where each compound lies in the containment tree (street → community → compound), and its owners
// committee existing on $asOf, for the roll-ups.
UNWIND $compoundIds AS id
MATCH (c:Compound {id: id})
CALL (c) {
  OPTIONAL MATCH path = (c)-[:UNDER*1..]->(cc:CommunityCommittee)
  RETURN cc ORDER BY length(path) LIMIT 1
}
CALL (c) {
  OPTIONAL MATCH path = (c)-[:UNDER*1..]->(s:StreetCommittee)
  RETURN s ORDER BY length(path) LIMIT 1
}
CALL (c) {
  OPTIONAL MATCH (oc:OwnersCommittee)-[:UNDER]->(c)
  WHERE (oc.founded IS NULL OR oc.founded <= $asOf) AND (oc.dissolved IS NULL OR oc.dissolved > $asOf)
  RETURN oc ORDER BY oc.id LIMIT 1
}
RETURN c.id AS compound, c.name AS compoundName, oc.id AS ownersCommittee, cc.id AS community,
       cc.name AS communityName, s.id AS street, s.name AS streetName
