// Stored people a roster matched: what they lacked and the roster says is filled in; what they
// hold is kept.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.phone = coalesce(p.phone, row.phone), p.gender = coalesce(p.gender, row.gender),
  p.birthYear = coalesce(p.birthYear, row.birthYear), p.partyMember = coalesce(p.partyMember, row.partyMember)
