// id: property_staff_on_owners_committee
// title: Property company staff on the owners committee of a compound the company serves
// title_zh: 物业服务企业人员在其服务小区的业主委员会任职
// severity: HIGH
// rationale: The owners committee supervises the property company (业委会协调监督、物业公司完善服务). Someone
//   who works for the company and sits on the committee that oversees it has a conflict of interest
//   to review, e.g. a project manager chairing the owners committee of a compound his company serves.
//   A company post placed on another compound (v1.1 place_id) is not on this compound's property side.
MATCH (pc:PropertyCompany)-[s:SERVES]->(c:Compound)<-[:UNDER]-(oc:OwnersCommittee)
WHERE ($scopeUnitIds IS NULL OR c.id IN $scopeUnitIds OR oc.id IN $scopeUnitIds)
  AND (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf)
  AND (c.founded IS NULL OR c.founded <= $asOf) AND (c.dissolved IS NULL OR c.dissolved > $asOf)
  AND (oc.founded IS NULL OR oc.founded <= $asOf) AND (oc.dissolved IS NULL OR oc.dissolved > $asOf)
MATCH (p:Person)-[w:HOLDS_POST]->(pc), (p)-[o:HOLDS_POST]->(oc)
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR w.until >= $asOf)
  AND (w.placeId IS NULL OR w.placeId = c.id)
  AND (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR o.until >= $asOf)
RETURN p.id AS subject,
       [p.id + ' -[HOLDS_POST ' + w.role + ' since ' + coalesce(toString(w.since), '?') + ']-> ' + pc.id,
        pc.id + ' -[SERVES since ' + coalesce(toString(s.since), '?') + ']-> ' + c.id,
        oc.id + ' -[UNDER]-> ' + c.id,
        p.id + ' -[HOLDS_POST ' + o.role + ' since ' + coalesce(toString(o.since), '?') + ']-> ' + oc.id] AS evidence,
       p.name + ' 任 ' + pc.name + ' ' + coalesce(w.title, w.role) + '，同时任 ' + oc.name + ' '
         + coalesce(o.title, o.role) + '，而该公司为 ' + c.name + ' 提供物业服务' AS message
ORDER BY subject, oc.id, o.role
