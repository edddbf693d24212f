// Full-text over unit names and aliases and person names (cjk analyzer), best first, ties by id.
// For those who may see people's names; everyone else searches units only (search_units).
CALL db.index.fulltext.queryNodes('vertex_names', $query, {limit: $first * 4})
YIELD node, score
WITH node AS n, score
ORDER BY score DESC, n.id
LIMIT $first
OPTIONAL MATCH (n)-[:UNDER]->(p:Unit)
RETURN n, n:Unit AS isUnit, p.id AS parentId, score
ORDER BY score DESC, n.id
