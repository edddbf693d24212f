// What an import checks a data set against: stored ids and the containment tree.
CALL () {
  MATCH (u:Unit)
  OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
  RETURN collect(u.id) AS unitIds, collect([u.id, p.id]) AS parents
}
CALL () {
  MATCH (p:Person)
  RETURN collect(p.id) AS personIds
}
RETURN unitIds, personIds, parents
