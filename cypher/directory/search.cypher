// Full-text over unit names and aliases and person names (cjk analyzer), best first, ties by id.
// People are searched by name only for those who may see names ($people): for anyone else a
// name search would reveal who holds posts, whatever the answer masks.
CALL db.index.fulltext.queryNodes('vertex_names', $query, {limit: $first * 4})
YIELD node, score
WITH node AS n, score
WHERE $people OR n:Unit
ORDER BY score DESC, n.id
LIMIT $first
OPTIONAL MATCH (n)-[:UNDER]->(p:Unit)
RETURN n, n:Unit AS isUnit, p.id AS parentId, score
ORDER BY score DESC, n.id
