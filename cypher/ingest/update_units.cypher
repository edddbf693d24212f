// Units the store holds: rewritten only when their properties or type label differ, so that a
// re-import writes nothing; a changed type swaps the type label. What a unit was before is kept as
// a before-image of this import, for a roll-back.
UNWIND $rows AS row
MATCH (u:Unit {id: row.props.id})
WITH u, row, [l IN labels(u) WHERE l <> 'Unit'] AS stale
WHERE NOT (properties(u) = row.props AND stale = [row.label])
CREATE (b:__GovGraphBefore)
SET b = properties(u), b.__import = $importId, b.__kind = 'unit', b.__labels = stale
REMOVE u:$(stale)
SET u = row.props, u:$(row.label)
RETURN count(*) AS changed
