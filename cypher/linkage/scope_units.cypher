// The units of a scope on $asOf (docs/spec/analysis.md §Scope): the unit $scopeId and everything beneath it
// in the UNDER tree (its subtree), plus every unit with a link in force to a subtree member (its
// partners); only units that exist on $asOf.
MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(m:Unit)
WHERE (m.founded IS NULL OR m.founded <= $asOf) AND (m.dissolved IS NULL OR m.dissolved > $asOf)
WITH collect(DISTINCT m) AS subtree
CALL (subtree) {
  UNWIND subtree AS m
  MATCH (m)-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(x:Unit)
  WHERE (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
    AND (x.founded IS NULL OR x.founded <= $asOf) AND (x.dissolved IS NULL OR x.dissolved > $asOf)
  RETURN collect(DISTINCT x) AS partners
}
CALL (subtree, partners) {
  UNWIND subtree AS u
  RETURN u, true AS inSubtree
  UNION
  UNWIND partners AS u
  RETURN u, false AS inSubtree
}
// A partner that is also in the subtree comes twice; the caller keeps it as a subtree member.
RETURN u.id AS id, u.type AS type, inSubtree
