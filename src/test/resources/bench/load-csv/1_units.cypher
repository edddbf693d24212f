// Both labels in the CREATE pattern and every property in its map (an absent column is null, and a
// null property is simply not stored). New nodes lock nothing but themselves: batches run side by side.
LOAD CSV WITH HEADERS FROM $base + 'units.csv' AS row
CALL (row) {
  CREATE (:Unit:$($labels[row.type]) {id: row.id, type: row.type, name: row.name, sector: row.sector,
    founded: date(row.founded), source: row.source})
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS
