// Undoes a SAME: the merged node is a Person again with its posts, mentions and candidates, and
// the survivor gives back what it took.
MATCH (c:ResolutionCandidate {id: $id}), (b:MergedPerson {mergedBy: $id}), (a:Person {id: b.mergedInto})
SET a.phone = CASE WHEN 'phone' IN c.filled THEN null ELSE a.phone END,
  a.gender = CASE WHEN 'gender' IN c.filled THEN null ELSE a.gender END,
  a.birthYear = CASE WHEN 'birthYear' IN c.filled THEN null ELSE a.birthYear END,
  a.partyMember = CASE WHEN 'partyMember' IN c.filled THEN null ELSE a.partyMember END,
  a.partySince = CASE WHEN 'partySince' IN c.filled THEN null ELSE a.partySince END,
  a.partySinceGiven = CASE WHEN 'partySinceGiven' IN c.filled THEN null ELSE a.partySinceGiven END
REMOVE c.filled
WITH c, a, b
CALL (c, a) {
  MATCH (a)-[n:HOLDS_POST {mergedBy: c.id}]->(:Unit)
  DELETE n
}
CALL (b) {
  MATCH (b)-[k:MERGED_POST]->(u:Unit)
  CREATE (b)-[h:HOLDS_POST]->(u)
  SET h = properties(k)
  DELETE k
}
CALL (c, b) {
  MATCH (m:RosterMention {mergedBy: c.id})
  SET m.personId = b.id
  REMOVE m.mergedBy
}
CALL (c) {
  MATCH (o:ResolutionCandidate {mergedBy: c.id})
  SET o.personId = o.personBefore, o.otherId = o.otherBefore, o.pair = o.pairBefore, o.status = o.statusBefore
  REMOVE o.mergedBy, o.personBefore, o.otherBefore, o.pairBefore, o.statusBefore
}
REMOVE b:MergedPerson, b.mergedInto, b.mergedBy
SET b:Person
RETURN b.id AS restored
