// A new link, a relationship of its v1 type ($kind).
MATCH (a:Unit {id: $fromId}), (b:Unit {id: $toId})
CREATE (a)-[l:$($kind)]->(b)
SET l = $props
