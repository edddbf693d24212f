// One candidate, with whether both of its people are stored people now.
MATCH (c:ResolutionCandidate {id: $id})
RETURN c.id AS id, c.status AS status, c.personId AS personId, c.otherId AS otherId, c.pair AS pair,
  EXISTS { MATCH (:Person {id: c.personId}) } AND EXISTS { MATCH (:Person {id: c.otherId}) } AS bothStored,
  COUNT { MATCH (:Person {id: c.personId})-[r]-() WHERE NOT r:HOLDS_POST } AS otherRelationships
