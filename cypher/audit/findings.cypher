// Findings matching the filters (each null: any), most severe first, then by rule and subject:
// one page of $limit after the position ($afterRank, $afterRule, $afterSubject; null: from the
// first). A scope ($scopeUnitIds) holds the findings whose subject is one of its units or a person
// with a post in one, and those found by runs over it ($scope).
MATCH (f:Finding)
WHERE ($statuses IS NULL OR f.status IN $statuses)
  AND ($ruleId IS NULL OR f.ruleId = $ruleId)
  AND ($severities IS NULL OR f.severity IN $severities)
  AND ($scopeUnitIds IS NULL OR $scope IN f.scopes OR f.subject IN $scopeUnitIds
       OR EXISTS { MATCH (:Person {id: f.subject})-[:HOLDS_POST]->(u:Unit) WHERE u.id IN $scopeUnitIds })
WITH f, CASE f.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END AS rank
WHERE $afterRank IS NULL OR rank > $afterRank
   OR (rank = $afterRank AND (f.ruleId > $afterRule OR (f.ruleId = $afterRule AND f.subject > $afterSubject)))
WITH f, rank ORDER BY rank, f.ruleId, f.subject LIMIT $limit
// one index seek each: a label disjunction would scan
OPTIONAL MATCH (u:Unit {id: f.subject})
OPTIONAL MATCH (p:Person {id: f.subject})
RETURN rank, f {.*} AS finding, coalesce(u.name, p.name) AS subjectName,
  u IS NULL AND p IS NOT NULL AS personSubject
ORDER BY rank, f.ruleId, f.subject
