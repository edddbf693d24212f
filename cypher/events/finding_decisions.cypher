// The entries written to findings' decision logs at $now (by one audit run, or one decision), with
// the units and people among each finding's subject and evidence ids.
MATCH (d:AuditDecision {at: $now})-[:ON]->(f:Finding)
WITH d, f, [f.subject] + coalesce(f.evidence, []) AS ids
RETURN f.key AS findingKey, f.ruleId AS ruleId, f.severity AS severity, d.action AS action,
       d.toStatus AS toStatus, d.seq AS seq,
       [x IN ids WHERE EXISTS { MATCH (:Unit {id: x}) }] AS unitIds,
       [x IN ids WHERE EXISTS { MATCH (:Person {id: x}) }] AS personIds
ORDER BY findingKey, seq
