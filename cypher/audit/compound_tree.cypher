// Where each compound lies in the containment tree (street → community → compound), and its owners
// committee existing on $asOf, for the roll-ups.
// (matched as :Unit so that the id constraint's index is used, one seek per compound)
UNWIND $compoundIds AS id
MATCH (c:Unit {id: id})
WHERE c:Compound
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
