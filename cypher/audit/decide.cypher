// An auditor's decision on a finding: sets its status and appends the decision to its log.
MATCH (f:Finding {key: $id})
WITH f, f.status AS before
SET f.status = $to
CREATE (d:AuditDecision {at: $now, actor: $actor, fromStatus: before, toStatus: $to, action: $to, reason: $reason,
  seq: COUNT { (:AuditDecision)-[:ON]->(f) } + 1})-[:ON]->(f)
RETURN f.key AS id
