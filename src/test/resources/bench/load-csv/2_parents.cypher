LOAD CSV WITH HEADERS FROM $base + 'units.csv' AS row
WITH row WHERE row.parent_id IS NOT NULL
CALL (row) {
  MATCH (u:Unit {id: row.id}), (p:Unit {id: row.parent_id})
  CREATE (u)-[:UNDER]->(p)
} IN TRANSACTIONS OF 10000 ROWS
