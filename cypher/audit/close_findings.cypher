// Closes the findings a run no longer finds, with a log entry by 'system'. A run answers for the
// rules it ran and for what it looks at: a run over everywhere ($scope '*') for every finding of
// those rules, a run over a scope for the findings earlier runs of that scope found. A run of an
// earlier day than a finding was last seen on does not close it: history does not undo the present.
MATCH (f:Finding)
WHERE f.ruleId IN $ruleIds AND f.status <> 'CLOSED' AND NOT f.key IN $seen AND f.lastSeenAsOf <= $asOf
  AND ($scope = '*' OR $scope IN f.scopes)
WITH f, f.status AS before
SET f.status = 'CLOSED'
CREATE (d:AuditDecision {at: $now, actor: 'system', fromStatus: before, toStatus: 'CLOSED', action: 'CLOSED',
  reason: 'no longer found by ' + f.ruleId + ' on ' + toString($asOf) + ' in scope ' + $scope,
  seq: COUNT { (:AuditDecision)-[:ON]->(f) } + 1})-[:ON]->(f)
RETURN count(f) AS closed
