LOAD CSV WITH HEADERS FROM $base + 'posts.csv' AS row
CALL (row) {
  MATCH (p:Person {id: row.person_id}), (u:Unit {id: row.unit_id})
  CREATE (p)-[:HOLDS_POST {role: row.role, title: row.title, since: date(row.since), until: date(row.until),
    source: row.source}]->(u)
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS
