LOAD CSV WITH HEADERS FROM $base + 'links.csv' AS row
CALL (row) {
  MATCH (a:Unit {id: row.from_id}), (b:Unit {id: row.to_id})
  CREATE (a)-[:$(row.type) {since: date(row.since), until: date(row.until), source: row.source}]->(b)
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS
