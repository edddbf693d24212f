// Both ends by the unique id index. Neo4j 5 takes the node locks of new relationships at commit, in
// id order, so concurrent batches can wait for one another but not deadlock; ON ERROR RETRY is not in
// 5.26, so a failed batch fails the statement (and the benchmark) rather than losing rows silently.
LOAD CSV WITH HEADERS FROM $base + 'units.csv' AS row
WITH row WHERE row.parent_id IS NOT NULL
CALL (row) {
  MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parent_id})
  CREATE (u)-[:UNDER]->(p)
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS
