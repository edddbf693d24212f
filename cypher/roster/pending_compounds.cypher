// The open candidates whose two people are both stored: a compound's cross-appointment figure may
// change when such a pair is decided SAME.
MATCH (c:ResolutionCandidate {status: 'OPEN'})
WHERE EXISTS { MATCH (:Person {id: c.personId}) } AND EXISTS { MATCH (:Person {id: c.otherId}) }
RETURN c.personId AS personId, c.otherId AS otherId
