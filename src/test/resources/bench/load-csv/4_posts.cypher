LOAD CSV WITH HEADERS FROM $base + 'posts.csv' AS row
CALL (row) {
  MATCH (p:Person {id: row.person_id}), (u:Unit {id: row.unit_id})
  CREATE (p)-[h:HOLDS_POST {role: row.role, source: row.source}]->(u)
  SET h.title = row.title, h.since = date(row.since), h.until = date(row.until)
} IN TRANSACTIONS OF 10000 ROWS
