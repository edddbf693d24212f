UNWIND $rows AS row
CREATE (p:Person)
SET p = row.props
