// Upsert by id. A unit whose properties and type label are already as given is not touched, so a
// re-import writes nothing; a changed type swaps the type label.
UNWIND $rows AS row
OPTIONAL MATCH (old:Unit {id: row.props.id})
WITH row, old IS NULL AS created,
     old IS NOT NULL AND properties(old) = row.props
       AND [l IN labels(old) WHERE l <> 'Unit'] = [row.label] AS unchanged
CALL (row, unchanged) {
  WITH row WHERE NOT unchanged
  MERGE (u:Unit {id: row.props.id})
  WITH u, row, [l IN labels(u) WHERE l <> 'Unit'] AS stale
  REMOVE u:$(stale)
  SET u = row.props, u:$(row.label)
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT unchanged THEN 1 END) AS changed,
       count(CASE WHEN unchanged THEN 1 END) AS unchanged
