// A link is a relationship of its own v1 type; the new ones' element ids go into the import's journal.
UNWIND $rows AS row
MATCH (a:Unit {id: row.fromId}), (b:Unit {id: row.toId})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN collect(elementId(r)) AS created
