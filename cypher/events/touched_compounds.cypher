// The compounds whose cross-appointments a change to these units or people may alter (the sides of
// crossappointment/compound_sides): a compound itself, the compound of an owners committee, those a
// property company serves, those below a community committee (or below the community of a residents
// committee), those below any other unit; a person's through the units they hold posts in.
UNWIND $ids AS id
CALL (id) {
  MATCH (u:Unit {id: id})
  RETURN u
  UNION
  MATCH (:Person {id: id})-[:HOLDS_POST]->(u:Unit)
  RETURN u
}
CALL (u) {
  WITH u WHERE u:Compound
  RETURN u AS c
  UNION
  MATCH (u)-[:UNDER|SERVES]->(c:Compound)
  RETURN c
  UNION
  MATCH (c:Compound)-[:UNDER*1..]->(u)
  RETURN c
  UNION
  MATCH (u:ResidentsCommittee)-[:UNDER]->(:CommunityCommittee)<-[:UNDER*1..]-(c:Compound)
  RETURN c
}
RETURN collect(DISTINCT c.id) AS compoundIds
