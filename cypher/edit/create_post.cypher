// A new post.
MATCH (p:Person {id: $personId}), (u:Unit {id: $unitId})
CREATE (p)-[h:HOLDS_POST]->(u)
SET h = $props
