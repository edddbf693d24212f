// id: owners_committee_without_party_member
// title: An owners committee with no party member
// title_zh: 业委会委员中没有党员
// severity: MEDIUM
// rationale: The district works to raise the party share of owners committees (风格城事: 7 of 9 members
//   are party members). An owners committee existing on the day none of whose members (CHAIR,
//   DEPUTY_DIRECTOR, MEMBER in force) is a party member on that day has no party member to lead it;
//   one with no member in office at all is reported too.
MATCH (oc:OwnersCommittee)
WHERE ($scopeUnitIds IS NULL OR oc.id IN $scopeUnitIds)
  AND (oc.founded IS NULL OR oc.founded <= $asOf) AND (oc.dissolved IS NULL OR oc.dissolved > $asOf)
OPTIONAL MATCH (p:Person)-[h:HOLDS_POST]->(oc)
WHERE h.role IN ['CHAIR', 'DEPUTY_DIRECTOR', 'MEMBER']
  AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
WITH oc, p, h ORDER BY p.id
WITH oc, collect(DISTINCT p) AS members, collect(h) AS posts
WHERE none(p IN members WHERE p.partyMember AND (p.partySince IS NULL OR p.partySince <= $asOf))
RETURN oc.id AS subject,
       CASE WHEN size(members) = 0 THEN [oc.id]
            ELSE [h IN posts | startNode(h).id + ' -[HOLDS_POST ' + h.role + ' since ' + coalesce(toString(h.since), '?')
              + ']-> ' + oc.id + CASE WHEN startNode(h).partyMember THEN ' (party since ' + toString(startNode(h).partySince) + ')' ELSE ' (not a party member)' END] END AS evidence,
       CASE WHEN size(members) = 0 THEN oc.name + ' 在 ' + toString($asOf) + ' 没有在任委员'
            ELSE oc.name + ' 的 ' + toString(size(members)) + ' 名在任委员中没有党员' END AS message
ORDER BY subject
