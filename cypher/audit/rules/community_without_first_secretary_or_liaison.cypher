// id: community_without_first_secretary_or_liaison
// title: A community without a first secretary or chief liaison officer where its street assigns them
// title_zh: 街道配备“第一书记”或“首席联络官”但社区未配备
// severity: MEDIUM
// rationale: 东柳街道 gives each community 1–2 first secretaries (第一书记); 东胜街道 gives each a chief
//   liaison officer (首席联络官). A street assigns a role when at least one of its communities has
//   that post in force; then every community of the street existing on the day must have it too.
UNWIND ['FIRST_SECRETARY', 'CHIEF_LIAISON'] AS role
MATCH (s:StreetCommittee)<-[:UNDER]-(cc:CommunityCommittee)
WHERE (cc.founded IS NULL OR cc.founded <= $asOf) AND (cc.dissolved IS NULL OR cc.dissolved > $asOf)
WITH role, s, cc, [(p:Person)-[h:HOLDS_POST]->(cc)
  WHERE h.role = role AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf) | p.id] AS holders
WITH role, s, collect({cc: cc, holders: holders}) AS communities
WITH role, s, communities, [x IN communities WHERE size(x.holders) > 0] AS assigned
WHERE size(assigned) > 0
UNWIND communities AS x
WITH role, s, x.cc AS cc, x.holders AS holders, assigned[0] AS example, size(assigned) AS assignedCount
WHERE size(holders) = 0 AND ($scopeUnitIds IS NULL OR cc.id IN $scopeUnitIds)
RETURN cc.id AS subject,
       [cc.id + ' -[UNDER]-> ' + s.id, example.cc.id + ' -[UNDER]-> ' + s.id,
        example.holders[0] + ' -[HOLDS_POST ' + role + ']-> ' + example.cc.id] AS evidence,
       cc.name + ' 没有在任的' + CASE role WHEN 'FIRST_SECRETARY' THEN '“第一书记”' ELSE '“首席联络官”' END
         + '，而 ' + s.name + ' 的 ' + toString(assignedCount) + ' 个社区已配备' AS message
ORDER BY subject, role
