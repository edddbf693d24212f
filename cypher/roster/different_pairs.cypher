// The pairs decided DIFFERENT, never proposed again.
MATCH (c:ResolutionCandidate {status: 'DIFFERENT'})
RETURN c.pair AS pair
