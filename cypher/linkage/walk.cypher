// A neighbourhood in one statement (NeighbourhoodWalk): the seeds $ids in their order, each once,
// those not in the graph on $asOf left out (a unit that exists, a person with a post in force);
// then every vertex within $depth steps of them, nearer first, then by id; at most $limit in all.
// A step follows an edge in force of $edgeTypes into a person, or into a unit that exists and is
// of $unitTypes (null: any). With $adjacency, each vertex shown also gets its number of distinct
// neighbours on the day (members of the set always count) and its edges in force to others of
// the set, from its start so that each edge comes once. Ids naming nothing come back in unknown.
// The levels are read as expand.cypher reads them (level 2 only when the seeds and level 1 leave
// room under the limit, as the walk level by level stops there), so this is for walks at most
// two steps deep (NeighbourhoodWalk.ONE_STATEMENT_DEPTH) and a limit of at most
// NeighbourhoodWalk.ONE_STATEMENT_LIMIT: the levels and the set shown are tested by list
// membership, which a larger set would make slow.
CALL () {
  UNWIND range(0, size($ids) - 1) AS i
  WITH i, $ids[i] AS key
  OPTIONAL CALL (key) {
    MATCH (v:Unit {id: key}) RETURN v
    UNION
    MATCH (v:Person {id: key}) RETURN v
  }
  WITH i, key, v,
       CASE WHEN v IS NULL THEN false
         WHEN v:Unit THEN (v.founded IS NULL OR v.founded <= $asOf) AND (v.dissolved IS NULL OR v.dissolved > $asOf)
         ELSE EXISTS {
           MATCH (v)-[h:HOLDS_POST]->(:Unit)
           WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
         }
       END AS present
  ORDER BY i
  WITH collect(CASE WHEN v IS NULL THEN key END) AS unknown, collect(CASE WHEN present THEN v END) AS given
  RETURN unknown, reduce(seeds = [], v IN given | CASE WHEN v IN seeds THEN seeds ELSE seeds + v END) AS seeds
}
CALL (seeds) {
  UNWIND seeds AS s
  WITH s WHERE $depth >= 1
  MATCH (s)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(n)
  WHERE n <> s AND NOT n IN seeds AND type(r) IN $edgeTypes
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
    AND (n:Person OR ((n.founded IS NULL OR n.founded <= $asOf) AND (n.dissolved IS NULL OR n.dissolved > $asOf)
                      AND ($unitTypes IS NULL OR n.type IN $unitTypes)))
  WITH DISTINCT n
  ORDER BY n.id
  RETURN collect(n) AS level1
}
CALL (seeds, level1) {
  UNWIND level1 AS m
  WITH m WHERE $depth >= 2 AND size(seeds) + size(level1) <= $limit
  MATCH (m)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(n)
  WHERE n <> m AND NOT n IN seeds AND NOT n IN level1 AND type(r) IN $edgeTypes
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
    AND (n:Person OR ((n.founded IS NULL OR n.founded <= $asOf) AND (n.dissolved IS NULL OR n.dissolved > $asOf)
                      AND ($unitTypes IS NULL OR n.type IN $unitTypes)))
  WITH DISTINCT n
  ORDER BY n.id
  RETURN collect(n) AS level2
}
WITH unknown, seeds + level1 + level2 AS walked
WITH unknown, walked[0..$limit] AS shown, size(walked) > $limit AS truncated
CALL (shown) {
  UNWIND CASE WHEN $adjacency THEN shown ELSE [] END AS v
  OPTIONAL MATCH (v)-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(n)
  WHERE n <> v AND type(r) IN $edgeTypes
    AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
    AND (n:Person OR n IN shown
         OR ((n.founded IS NULL OR n.founded <= $asOf) AND (n.dissolved IS NULL OR n.dissolved > $asOf)
             AND ($unitTypes IS NULL OR n.type IN $unitTypes)))
  WITH v, r, n, n IN shown AS inside
  WITH v, count(DISTINCT n) AS degree,
       collect(CASE WHEN inside AND startNode(r) = v
                    THEN {type: type(r), source: v.id, target: n.id, role: r.role, title: r.title,
                          since: r.since, until: r.until} END) AS edges
  RETURN collect({id: v.id, degree: degree, edges: edges}) AS adjacency
}
RETURN unknown, truncated, adjacency,
       [v IN shown | {id: v.id, isUnit: v:Unit, type: v.type, name: v.name,
                      parentId: head([(v)-[:UNDER]->(p:Unit) | p.id])}] AS vertices
