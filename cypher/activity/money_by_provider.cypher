// The items of a scope (as items_by_list_and_status) that have a provider, summed per provider:
// most money first, then most hours, then by provider id.
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
WITH i
WHERE i.providerId IS NOT NULL
RETURN i.providerId AS providerId, count(i) AS items, sum(coalesce(i.amount, 0.0)) AS amount,
  sum(coalesce(i.hours, 0.0)) AS hours
ORDER BY amount DESC, hours DESC, providerId
