// id: party_post_held_by_non_member
// title: A party-committee post held by someone who was not a party member when it began
// title_zh: 非党员（或入党前）担任党组织委员职务
// severity: HIGH
// rationale: Only party members sit on a party organization's committee (党内规定, docs/spec/analysis.md
//   v1.1): a SECRETARY, DEPUTY_SECRETARY or MEMBER post in force in a street or community party
//   committee, grid branch, building group or party branch, held by a person who is not a party
//   member, or who joined after the post began, is either a wrong record or a breach to review. A
//   non-member who serves the community belongs on the residents committee.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE h.role IN ['SECRETARY', 'DEPUTY_SECRETARY', 'MEMBER']
  AND u.type IN ['STREET_COMMITTEE', 'COMMUNITY_COMMITTEE', 'GRID_BRANCH', 'BUILDING_GROUP', 'PARTY_BRANCH']
  AND ($scopeUnitIds IS NULL OR u.id IN $scopeUnitIds)
  AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  AND (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
  AND (p.partyMember IS NULL OR NOT p.partyMember
    OR (p.partySince IS NOT NULL AND p.partySince > coalesce(h.since, $asOf)))
WITH p, h, u ORDER BY u.id, h.role, h.since
WITH p, collect({h: h, u: u}) AS posts
RETURN p.id AS subject,
       [x IN posts | p.id + ' -[HOLDS_POST ' + x.h.role + ' since ' + coalesce(toString(x.h.since), '?') + ']-> ' + x.u.id]
         + [p.id + CASE WHEN p.partyMember THEN ' party member since ' + toString(p.partySince) ELSE ' not a party member' END]
         AS evidence,
       p.name + CASE WHEN p.partyMember THEN ' 于 ' + toString(p.partySince) + ' 入党，但此前已任 ' ELSE ' 不是党员，但任 ' END
         + reduce(s = '', x IN posts | s + CASE WHEN s = '' THEN '' ELSE '、' END + x.u.name + ' ' + coalesce(x.h.title, x.h.role))
         AS message
ORDER BY subject
