// UNDER pairs with both ends among $ids (the tree has no dates of its own).
MATCH (c:Unit)-[:UNDER]->(p:Unit)
WHERE c.id IN $ids AND p.id IN $ids
RETURN c.id AS childId, p.id AS parentId
ORDER BY childId
