// A new link, a relationship of its v1 type.
MATCH (a:Unit {id: $fromId}), (b:Unit {id: $toId})
CREATE (a)-[l:$($type)]->(b)
SET l = $props
