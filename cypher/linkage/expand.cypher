// One breadth-first step: the neighbours on $asOf of many vertices at once, over the edge types
// asked for ($edgeTypes: UNDER, HOLDS_POST and link types), entering only units of $unitTypes
// (null: any) and only units that exist on $asOf.
UNWIND $ids AS key
CALL (key) {
  MATCH (v:Unit {id: key}) RETURN v
  UNION
  MATCH (v:Person {id: key}) RETURN v
}
MATCH (v)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(n)
WHERE n <> v AND type(r) IN $edgeTypes
  AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
  AND (n:Person OR ((n.founded IS NULL OR n.founded <= $asOf) AND (n.dissolved IS NULL OR n.dissolved > $asOf)
                    AND ($unitTypes IS NULL OR n.type IN $unitTypes)))
WITH DISTINCT n
OPTIONAL MATCH (n)-[:UNDER]->(p:Unit)
RETURN n.id AS id, n:Unit AS isUnit, n.type AS type, n.name AS name, p.id AS parentId
ORDER BY id
