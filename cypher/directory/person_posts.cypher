// Posts in force on $asOf held by many people at once; at most $max a person (in unit, role order).
// Each with its unit and the unit's parent id, and, if $withParents, the parent too (with its own
// parent's id): the levels that ask for the posts' units and their parents then find them read
// (directory/KnownUnits). A unit has one parent; LIMIT 1 keeps a post one row whatever the store.
// Every row brings its person, and a person with no post in force one row with no post (h null),
// so that a query for one person and their posts is this one statement (PersonController).
UNWIND $ids AS key
MATCH (person:Person {id: key})
OPTIONAL CALL (person) {
  MATCH (person)-[h:HOLDS_POST]->(u:Unit)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN u.id AS unitId, h, u
  ORDER BY unitId, h.role
  LIMIT $max
}
CALL (u) {
  OPTIONAL MATCH (u)-[:UNDER]->(parent:Unit)
  RETURN parent LIMIT 1
}
CALL (parent) {
  OPTIONAL MATCH (parent)-[:UNDER]->(grandparent:Unit) WHERE $withParents
  RETURN grandparent LIMIT 1
}
RETURN key, key AS personId, person, unitId, h, u, parent.id AS unitParentId,
       CASE WHEN $withParents THEN parent END AS parent, grandparent.id AS parentParentId
ORDER BY key, unitId, h.role
