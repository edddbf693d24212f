// A post is identified by person, unit, role and since (an empty since is a value of its own).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (u:Unit {id: row.unitId})
OPTIONAL MATCH (p)-[old:HOLDS_POST {role: row.props.role}]->(u)
  WHERE (old.since IS NULL AND row.props.since IS NULL) OR old.since = row.props.since
WITH p, u, row, head(collect(old)) AS old
WITH p, u, row, old, old IS NULL AS created, old IS NOT NULL AND properties(old) = row.props AS unchanged
CALL (p, u, row, created) {
  WITH p, u, row WHERE created
  CREATE (p)-[h:HOLDS_POST]->(u)
  SET h = row.props
}
CALL (old, row, created, unchanged) {
  WITH old, row WHERE NOT created AND NOT unchanged
  SET old = row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT unchanged THEN 1 END) AS changed,
       count(CASE WHEN unchanged THEN 1 END) AS unchanged
