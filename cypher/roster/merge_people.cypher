// SAME: the candidate's person ($merged) joins the other ($survivor). The survivor takes what it
// lacked (kept in c.filled, to be taken back by an undo); the merged person's posts are copied to
// the survivor (marked mergedBy) and kept on the merged node as MERGED_POST; its mentions follow
// (marked mergedBy); the merged node stops being a Person but keeps its properties.
MATCH (c:ResolutionCandidate {id: $id}), (a:Person {id: c.otherId}), (b:Person {id: c.personId})
WITH c, a, b, [k IN ['phone', 'gender', 'birthYear', 'partyMember', 'partySince', 'partySinceGiven']
  WHERE a[k] IS NULL AND b[k] IS NOT NULL] AS filled
SET c.filled = filled,
  a.phone = coalesce(a.phone, b.phone), a.gender = coalesce(a.gender, b.gender),
  a.birthYear = coalesce(a.birthYear, b.birthYear), a.partyMember = coalesce(a.partyMember, b.partyMember),
  a.partySince = coalesce(a.partySince, b.partySince),
  a.partySinceGiven = CASE WHEN 'partySince' IN filled THEN b.partySinceGiven ELSE a.partySinceGiven END
WITH c, a, b
CALL (c, a, b) {
  MATCH (b)-[h:HOLDS_POST]->(u:Unit)
  CREATE (a)-[n:HOLDS_POST]->(u)
  SET n = properties(h), n.mergedBy = c.id
  CREATE (b)-[k:MERGED_POST]->(u)
  SET k = properties(h)
  DELETE h
}
CALL (c, a, b) {
  MATCH (m:RosterMention {personId: b.id})
  SET m.personId = a.id, m.mergedBy = c.id
}
CALL (c, a, b) {
  MATCH (o:ResolutionCandidate)
  WHERE o.id <> c.id AND o.status IN ['OPEN', 'DIFFERENT'] AND (o.personId = b.id OR o.otherId = b.id)
  SET o.mergedBy = c.id, o.personBefore = o.personId, o.otherBefore = o.otherId, o.pairBefore = o.pair,
    o.statusBefore = o.status
  SET o.personId = CASE WHEN o.personId = b.id THEN a.id ELSE o.personId END,
    o.otherId = CASE WHEN o.otherId = b.id THEN a.id ELSE o.otherId END
  SET o.pair = CASE WHEN o.personId <= o.otherId THEN o.personId + '|' + o.otherId ELSE o.otherId + '|' + o.personId END,
    o.status = CASE WHEN o.personId = o.otherId THEN 'MOOT' ELSE o.status END
}
REMOVE b:Person
SET b:MergedPerson, b.mergedInto = a.id, b.mergedBy = c.id
RETURN a.id AS survivor
