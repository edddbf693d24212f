// Links in force on $asOf touching many units at once, both directions; UNDER and HOLDS_POST are
// not links. At most $max a unit (in type, other end order). Each with its other end and that
// unit's parent id: the level that asks for the other ends then finds them read
// (directory/KnownUnits).
UNWIND $ids AS key
CALL (key) {
  MATCH (u:Unit {id: key})-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(other:Unit)
  WHERE ($type IS NULL OR type(l) = $type)
    AND (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
  RETURN l, type(l) AS type, startNode(l) = u AS outgoing, other.id AS otherId, other
  ORDER BY type, otherId
  LIMIT $max
}
CALL (other) {
  OPTIONAL MATCH (other)-[:UNDER]->(parent:Unit)
  RETURN parent LIMIT 1
}
RETURN key, l, type, outgoing, otherId, other, parent.id AS otherParentId
ORDER BY key, type, otherId
