// A unit rewritten whole: properties, type label and parent.
MATCH (u:Unit {id: $id})
WITH u, [l IN labels(u) WHERE l <> 'Unit'] AS stale
REMOVE u:$(stale)
SET u = $props, u:$($label)
WITH u
OPTIONAL MATCH (u)-[old:UNDER]->(:Unit)
DELETE old
WITH DISTINCT u
OPTIONAL MATCH (p:Unit {id: $parentId})
FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (u)-[:UNDER]->(parent))
