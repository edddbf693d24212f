// Full-text over unit names and aliases only (cjk analyzer), best first, ties by id: search for
// those who may not search people by name (a name search would reveal who holds posts).
CALL db.index.fulltext.queryNodes('unit_names', $query, {limit: $first * 4})
YIELD node, score
WITH node AS n, score
ORDER BY score DESC, n.id
LIMIT $first
OPTIONAL MATCH (n)-[:UNDER]->(p:Unit)
RETURN n, true AS isUnit, p.id AS parentId, score
ORDER BY score DESC, n.id
