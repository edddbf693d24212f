// The containment tree: (child)-[:UNDER]->(parent), one parent at most, replaced when it changed.
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
OPTIONAL MATCH (u)-[r:UNDER]->(p:Unit)
WITH u, row, collect(r) AS rels, collect(p.id) AS parents
WITH u, row, rels,
     CASE WHEN row.parentId IS NULL THEN size(parents) = 0 ELSE parents = [row.parentId] END AS unchanged
CALL (u, row, rels, unchanged) {
  WITH u, row, rels WHERE NOT unchanged
  FOREACH (r IN rels | DELETE r)
  WITH u, row WHERE row.parentId IS NOT NULL
  MATCH (p:Unit {id: row.parentId})
  CREATE (u)-[:UNDER]->(p)
}
RETURN count(CASE WHEN NOT unchanged THEN 1 END) AS changed
