// The items each unit asked about owns, provides or benefits from whose period meets [$from, $to]
// (either end open when null), by id; at most $max per unit. Each reference is an indexed property.
UNWIND $ids AS key
CALL (key) {
  MATCH (i:Item {ownerId: key})
  RETURN i
  UNION
  MATCH (i:Item {providerId: key})
  RETURN i
  UNION
  MATCH (i:Item {beneficiaryId: key})
  RETURN i
}
WITH key, i
WHERE ($to IS NULL OR i.since IS NULL OR i.since <= $to)
  AND ($from IS NULL OR i.until IS NULL OR i.until >= $from)
WITH key, i
ORDER BY key, i.id
WITH key, collect(i)[..$max] AS items
UNWIND items AS i
RETURN key, i
