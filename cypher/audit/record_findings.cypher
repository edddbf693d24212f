// Records what one audit run found. A new finding opens; a closed one that is found again reopens;
// a confirmed or dismissed one keeps its status. Either change appends an entry to the decision
// log, by 'system'. Every finding found gets the run's time and day as last seen.
UNWIND $findings AS row
OPTIONAL MATCH (old:Finding {key: row.key})
WITH row, old.status AS before
MERGE (f:Finding {key: row.key})
ON CREATE SET f.ruleId = row.ruleId, f.subject = row.subject, f.firstSeen = $now, f.firstSeenAsOf = $asOf,
              f.scopes = []
SET f.severity = row.severity, f.message = row.message, f.evidence = row.evidence, f.lastSeen = $now,
    f.lastSeenAsOf = CASE WHEN f.lastSeenAsOf IS NULL OR f.lastSeenAsOf < $asOf THEN $asOf ELSE f.lastSeenAsOf END,
    f.scopes = CASE WHEN $scope IN f.scopes THEN f.scopes ELSE f.scopes + $scope END,
    f.status = CASE WHEN before IS NULL OR before = 'CLOSED' THEN 'OPEN' ELSE before END
WITH f, before
CALL (f, before) {
  WITH f, before
  WHERE before IS NULL OR before = 'CLOSED'
  CREATE (d:AuditDecision {at: $now, actor: 'system', fromStatus: before, toStatus: 'OPEN',
    action: CASE WHEN before IS NULL THEN 'OPENED' ELSE 'REOPENED' END,
    reason: CASE WHEN before IS NULL THEN 'found' ELSE 'found again' END + ' by ' + f.ruleId + ' on '
      + toString($asOf) + ' in scope ' + $scope,
    seq: COUNT { (:AuditDecision)-[:ON]->(f) } + 1})-[:ON]->(f)
}
RETURN count(CASE WHEN before IS NULL THEN 1 END) AS opened,
       count(CASE WHEN before = 'CLOSED' THEN 1 END) AS reopened
