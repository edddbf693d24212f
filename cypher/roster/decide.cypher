// A candidate decided: by whom, when and why.
MATCH (c:ResolutionCandidate {id: $id})
SET c.status = $status, c.decidedBy = $account, c.decidedAt = datetime(), c.reason = $reason
