// For each vertex of a set: what it is, how many distinct neighbours it has on $asOf (same rules as
// expand.cypher, except that members of the set always count), and the edges in force that start
// at it and end inside the set (so each edge comes once, from its start).
UNWIND $ids AS key
CALL (key) {
  MATCH (v:Unit {id: key}) RETURN v
  UNION
  MATCH (v:Person {id: key}) RETURN v
}
OPTIONAL MATCH (v)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(n)
WHERE n <> v AND type(r) IN $edgeTypes
  AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
  AND (n.id IN $ids OR n:Person
       OR ((n.founded IS NULL OR n.founded <= $asOf) AND (n.dissolved IS NULL OR n.dissolved > $asOf)
           AND ($unitTypes IS NULL OR n.type IN $unitTypes)))
WITH key, v, r, n
RETURN key AS id, v:Unit AS isUnit, v.type AS type, v.name AS name,
       head([(v)-[:UNDER]->(p:Unit) | p.id]) AS parentId, count(DISTINCT n) AS degree,
       collect(CASE WHEN startNode(r) = v AND n.id IN $ids
                    THEN {type: type(r), source: v.id, target: n.id, role: r.role, title: r.title,
                          since: r.since, until: r.until} END) AS edges
