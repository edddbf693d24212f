LOAD CSV WITH HEADERS FROM $base + 'units.csv' AS row
CALL (row) {
  CREATE (u:Unit {id: row.id, type: row.type, name: row.name, source: row.source})
  SET u:$($labels[row.type]), u.sector = row.sector, u.founded = date(row.founded)
} IN TRANSACTIONS OF 10000 ROWS
