// id: co_governance_committee_missing_member_kind
// title: A co-governance committee missing a member kind the article names
// title_zh: “红色管家”社区共治委员会成员单位不全
// severity: MEDIUM
// rationale: The "red butler" co-governance committee brings together the owners committee, the
//   property company, the residents committee and social organizations, and engages the police
//   station, the law-enforcement squadron, the market-regulation office and a law firm as member
//   units (派出所、综合行政执法中队、市场监管所、律师事务所等社区共建单位和社会组织). Each kind with no
//   MEMBER_OF link in force on the day is missing.
WITH [
  {kind: 'OWNERS_COMMITTEE', zh: '业委会', type: 'OWNERS_COMMITTEE', sector: null},
  {kind: 'PROPERTY_COMPANY', zh: '物业服务企业', type: 'PROPERTY_COMPANY', sector: null},
  {kind: 'RESIDENTS_COMMITTEE', zh: '居委会', type: 'RESIDENTS_COMMITTEE', sector: null},
  {kind: 'police', zh: '派出所', type: 'STATIONED_UNIT', sector: 'police'},
  {kind: 'law-enforcement', zh: '综合行政执法中队', type: 'STATIONED_UNIT', sector: 'law-enforcement'},
  {kind: 'market-regulation', zh: '市场监管所', type: 'STATIONED_UNIT', sector: 'market-regulation'},
  {kind: 'LAW_FIRM', zh: '律师事务所', type: 'LAW_FIRM', sector: null},
  {kind: 'social-organization', zh: '社会组织', type: 'NEW_FIELD_ORG', sector: 'social-organization'}
] AS kinds
MATCH (g:CoGovernanceCommittee)
WHERE ($scopeUnitIds IS NULL OR g.id IN $scopeUnitIds)
  AND (g.founded IS NULL OR g.founded <= $asOf) AND (g.dissolved IS NULL OR g.dissolved > $asOf)
WITH kinds, g, [(m:Unit)-[l:MEMBER_OF]->(g)
  WHERE (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
    AND (m.founded IS NULL OR m.founded <= $asOf) AND (m.dissolved IS NULL OR m.dissolved > $asOf)
  | {id: m.id, type: m.type, sector: m.sector}] AS members
WITH g, members, [k IN kinds WHERE none(m IN members
  WHERE m.type = k.type AND (k.sector IS NULL OR m.sector = k.sector))] AS missing
WHERE size(missing) > 0
RETURN g.id AS subject,
       CASE WHEN size(members) = 0 THEN [g.id] ELSE [m IN members | m.id + ' -[MEMBER_OF]-> ' + g.id] END AS evidence,
       g.name + ' 缺少成员单位：' + reduce(s = '', k IN missing | s + (CASE WHEN s = '' THEN '' ELSE '、' END) + k.zh) AS message
ORDER BY subject
