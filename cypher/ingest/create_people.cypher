// People whose ids the store does not hold yet: properties added to the empty node.
UNWIND $rows AS row
CREATE (p:Person)
SET p += row.props
