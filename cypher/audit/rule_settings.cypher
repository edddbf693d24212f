// Whether each rule with a setting is enabled for the scope $scopeId (null: everywhere): the setting
// of the nearest unit among the scope unit and the units above it, else the setting for everywhere
// ('*'). Rules with no setting here run as their header says.
OPTIONAL MATCH path = (:Unit {id: $scopeId})-[:UNDER*0..]->(a:Unit)
WITH [x IN collect({id: a.id, depth: length(path)}) WHERE x.id IS NOT NULL] AS chain
MATCH (s:AuditRuleSetting)
WHERE s.scopeId IN [x IN chain | x.id] + ['*']
WITH s, coalesce(head([x IN chain WHERE x.id = s.scopeId | x.depth]), 1000000) AS depth
ORDER BY depth
RETURN s.ruleId AS ruleId, head(collect(s.enabled)) AS enabled
