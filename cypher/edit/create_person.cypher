// A new person.
CREATE (p:Person)
SET p = $props
