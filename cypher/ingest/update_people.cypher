UNWIND $rows AS row
MATCH (p:Person {id: row.props.id})
WITH p, row, properties(p) = row.props AS unchanged
CALL (p, row, unchanged) {
  WITH p, row WHERE NOT unchanged
  SET p = row.props
}
RETURN count(CASE WHEN unchanged THEN 1 END) AS unchanged, count(CASE WHEN NOT unchanged THEN 1 END) AS changed
