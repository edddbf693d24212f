// A new unit with its type label, under its parent when it has one.
CREATE (u:Unit)
SET u = $props, u:$($label)
WITH u
OPTIONAL MATCH (p:Unit {id: $parentId})
FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (u)-[:UNDER]->(parent))
