// A person rewritten whole.
MATCH (p:Person {id: $id})
SET p = $props
