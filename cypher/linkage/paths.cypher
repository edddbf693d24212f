// The shortest linkage paths between two vertices on $asOf: every edge in force (UNDER, posts,
// links; undirected), every unit on the way existing. Ties in order of the vertex ids along the
// path, so the answer is the same every time. The predicates sit inside the quantified pattern so
// that the search itself honours them (a WHERE on the whole path of allShortestPaths can make the
// planner fall back to enumerating every path); the bound is the largest maxLength the API
// accepts, and a smaller maxLength is applied to the (equal) length of the answers. Each path
// brings its vertices as vertices.cypher describes them, so that a query not asking for hidden
// neighbours needs no further statement.
// It also brings the two ends as vertices.cypher finds them (an id naming nothing has none), with
// whether each is in the graph on $asOf; the search runs only when both are and they differ, and
// the statement always answers one row.

OPTIONAL CALL () {
  MATCH (a:Unit {id: $fromId}) RETURN a
  UNION
  MATCH (a:Person {id: $fromId}) RETURN a
}
OPTIONAL CALL () {
  MATCH (b:Unit {id: $toId}) RETURN b
  UNION
  MATCH (b:Person {id: $toId}) RETURN b
}
CALL (a, b) {
  UNWIND [a, b] AS v
  WITH v WHERE v IS NOT NULL
  RETURN collect({id: v.id, isUnit: v:Unit, type: v.type, name: v.name,
                  parentId: head([(v)-[:UNDER]->(q:Unit) | q.id]),
                  present: CASE WHEN v:Unit
                    THEN (v.founded IS NULL OR v.founded <= $asOf) AND (v.dissolved IS NULL OR v.dissolved > $asOf)
                    ELSE EXISTS {
                      MATCH (v)-[h:HOLDS_POST]->(:Unit)
                      WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
                    }
                  END}) AS ends
}
CALL (a, b, ends) {
  WITH a, b WHERE size([e IN ends WHERE e.present]) = 2 AND a <> b
  MATCH p = ALL SHORTEST (a)(()-[r:UNDER|HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(y)
      WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
        AND (y.founded IS NULL OR y.founded <= $asOf) AND (y.dissolved IS NULL OR y.dissolved > $asOf)){1,10}(b)
  WITH p, [x IN nodes(p) | x.id] AS ids
  ORDER BY ids
  LIMIT $first
  RETURN collect({
    vertices: [x IN nodes(p) | {id: x.id, isUnit: x:Unit, type: x.type, name: x.name,
                                parentId: head([(x)-[:UNDER]->(q:Unit) | q.id])}],
    edges: [e IN relationships(p) | {type: type(e), source: startNode(e).id, target: endNode(e).id, role: e.role,
                                     title: e.title, since: e.since, until: e.until}]}) AS paths
}
RETURN ends, paths
