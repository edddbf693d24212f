// Pairs left for review, with their evidence.
UNWIND $rows AS row
CREATE (c:ResolutionCandidate)
SET c = row, c.status = 'OPEN', c.created = datetime()
