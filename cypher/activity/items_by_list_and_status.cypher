// The items of a scope (owner or beneficiary within it, or on an agreement a unit within it is
// party to) counted by list and status, with their money (yuan) and hours.
MATCH (s:Unit {id: $scopeId})
CALL (s) {
  MATCH (u:Unit)-[:UNDER*0..]->(s)
  RETURN collect(u.id) AS ids
}
CALL (ids) {
  UNWIND ids AS id
  MATCH (i:Item {ownerId: id})
  RETURN i
  UNION
  UNWIND ids AS id
  MATCH (i:Item {beneficiaryId: id})
  RETURN i
  UNION
  UNWIND ids AS id
  MATCH (:Unit {id: id})-[:PARTY_TO]->(a:Agreement)
  MATCH (i:Item {agreementId: a.id})
  RETURN i
}
RETURN i.list AS list, i.status AS status, count(i) AS items, sum(coalesce(i.amount, 0.0)) AS amount,
  sum(coalesce(i.hours, 0.0)) AS hours
ORDER BY list, status
