UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.props.id})
WITH row, old IS NULL AS created, old IS NOT NULL AND properties(old) = row.props AS unchanged
CALL (row, unchanged) {
  WITH row WHERE NOT unchanged
  MERGE (p:Person {id: row.props.id})
  SET p = row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT unchanged THEN 1 END) AS changed,
       count(CASE WHEN unchanged THEN 1 END) AS unchanged
