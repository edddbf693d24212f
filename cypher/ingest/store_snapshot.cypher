// What an import checks a data set against: stored ids, unit types and the containment tree.
CALL () {
  MATCH (u:Unit)
  OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
  RETURN collect(u.id) AS unitIds, collect([u.id, p.id]) AS parents, collect([u.id, u.type]) AS types
}
CALL () {
  MATCH (p:Person)
  RETURN collect(p.id) AS personIds
}
CALL () {
  MATCH (a:Agreement)
  RETURN collect(a.id) AS agreementIds
}
CALL () {
  MATCH (i:Item)
  RETURN collect(i.id) AS itemIds
}
CALL () {
  MATCH (e:Event)
  RETURN collect(e.id) AS eventIds
}
RETURN unitIds, personIds, parents, types, agreementIds, itemIds, eventIds
