// Units whose ids the store does not hold yet (the caller knows: it read the ids first). The type
// label is given at creation and the properties added to the empty node (measured: faster than
// replacing them, `SET u = …`, and adding the label after).
UNWIND $rows AS row
CREATE (u:Unit:$(row.label))
SET u += row.props
