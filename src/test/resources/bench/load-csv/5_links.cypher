LOAD CSV WITH HEADERS FROM $base + 'links.csv' AS row
CALL (row) {
  MATCH (a:Unit {id: row.from_id}), (b:Unit {id: row.to_id})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.since = date(row.since), r.until = date(row.until), r.source = row.source
} IN TRANSACTIONS OF 10000 ROWS
