// How many findings match the filters of findings.cypher (the same WHERE; nothing loaded).
MATCH (f:Finding)
WHERE ($statuses IS NULL OR f.status IN $statuses)
  AND ($ruleId IS NULL OR f.ruleId = $ruleId)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($scopeUnitIds IS NULL OR $scope IN f.scopes OR f.subject IN $scopeUnitIds
       OR EXISTS { MATCH (:Person {id: f.subject})-[:HOLDS_POST]->(u:Unit) WHERE u.id IN $scopeUnitIds })
RETURN count(f) AS count
