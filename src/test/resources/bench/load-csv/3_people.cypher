LOAD CSV WITH HEADERS FROM $base + 'people.csv' AS row
CALL (row) {
  CREATE (:Person {id: row.id, name: row.name, partyMember: toBoolean(row.party_member),
    partySince: date(row.party_since), gender: row.gender, birthYear: toInteger(row.birth_year),
    source: row.source})
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS
