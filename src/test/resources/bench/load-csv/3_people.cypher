LOAD CSV WITH HEADERS FROM $base + 'people.csv' AS row
CALL (row) {
  CREATE (p:Person {id: row.id, name: row.name, gender: row.gender, source: row.source})
  SET p.partyMember = toBoolean(row.party_member), p.partySince = date(row.party_since),
    p.birthYear = toInteger(row.birth_year)
} IN TRANSACTIONS OF 10000 ROWS
