// A new post of person $fromId in unit $toId.
MATCH (p:Person {id: $fromId}), (u:Unit {id: $toId})
CREATE (p)-[h:HOLDS_POST]->(u)
SET h = $props
