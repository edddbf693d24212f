// Units and people by id, with whether each is a vertex of the linkage graph on $asOf (a unit
// exists; a person holds at least one post in force). Ids that name nothing give no row.
UNWIND $ids AS key
CALL (key) {
  MATCH (v:Unit {id: key}) RETURN v
  UNION
  MATCH (v:Person {id: key}) RETURN v
}
OPTIONAL MATCH (v)-[:UNDER]->(p:Unit)
RETURN v.id AS id, v:Unit AS isUnit, v.type AS type, v.name AS name, p.id AS parentId,
       CASE WHEN v:Unit
         THEN (v.founded IS NULL OR v.founded <= $asOf) AND (v.dissolved IS NULL OR v.dissolved > $asOf)
         ELSE EXISTS {
           MATCH (v)-[h:HOLDS_POST]->(:Unit)
           WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
         }
       END AS present
