// A link is identified by its ends, type and since; it is a relationship of its own type.
UNWIND $rows AS row
MATCH (a:Unit {id: row.fromId}), (b:Unit {id: row.toId})
OPTIONAL MATCH (a)-[old]->(b)
  WHERE type(old) = row.type
    AND ((old.since IS NULL AND row.props.since IS NULL) OR old.since = row.props.since)
WITH a, b, row, head(collect(old)) AS old
WITH a, b, row, old, old IS NULL AS created, old IS NOT NULL AND properties(old) = row.props AS unchanged
CALL (a, b, row, created) {
  WITH a, b, row WHERE created
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props
}
CALL (old, row, created, unchanged) {
  WITH old, row WHERE NOT created AND NOT unchanged
  SET old = row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT unchanged THEN 1 END) AS changed,
       count(CASE WHEN unchanged THEN 1 END) AS unchanged
