// Units the store holds: rewritten only when their properties or type label differ, so that a
// re-import writes nothing; a changed type swaps the type label.
UNWIND $rows AS row
MATCH (u:Unit {id: row.props.id})
WITH u, row, properties(u) = row.props AND [l IN labels(u) WHERE l <> 'Unit'] = [row.label] AS unchanged
CALL (u, row, unchanged) {
  WITH u, row WHERE NOT unchanged
  WITH u, row, [l IN labels(u) WHERE l <> 'Unit'] AS stale
  REMOVE u:$(stale)
  SET u = row.props, u:$(row.label)
}
RETURN count(CASE WHEN unchanged THEN 1 END) AS unchanged, count(CASE WHEN NOT unchanged THEN 1 END) AS changed
