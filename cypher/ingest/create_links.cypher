// A link is a relationship of its own v1 type; the element ids of new ones between two stored
// units go into the import's journal (a link with a new end is undone with that end).
UNWIND $rows AS row
MATCH (a:Unit {id: row.fromId}), (b:Unit {id: row.toId})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH r, row WHERE row.journal
RETURN collect(elementId(r)) AS created
