// Units whose ids the store does not hold yet (the caller knows: it read the ids first).
UNWIND $rows AS row
CREATE (u:Unit)
SET u = row.props, u:$(row.label)
