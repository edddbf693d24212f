// An undone decision: the candidate is open again, the decision kept in the edit history.
MATCH (c:ResolutionCandidate {id: $id})
SET c.status = 'OPEN'
REMOVE c.decidedBy, c.decidedAt, c.reason
