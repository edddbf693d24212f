// docs/spec/analysis.md: posts in force with role CHAIR, DEPUTY_DIRECTOR or MEMBER are the members of an
// owners committee, OWNER_REP posts its owner representatives. A person counts once per group.
// party: those recorded as party members (party_member true), whatever the day; partyOnDay: those
// of them whose party_since (if known) is not after $asOf — only for those who may see party_since
// (CrossAppointmentService), since varying $asOf would read it off.
MATCH (p:Person)-[h:HOLDS_POST]->(:OwnersCommittee {id: $id})
WHERE h.role IN ['CHAIR', 'DEPUTY_DIRECTOR', 'MEMBER', 'OWNER_REP']
  AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
WITH DISTINCT p, h.role = 'OWNER_REP' AS rep
RETURN rep, count(p) AS people, count(CASE WHEN p.partyMember THEN 1 END) AS party,
       count(CASE WHEN p.partyMember AND (p.partySince IS NULL OR p.partySince <= $asOf) THEN 1 END) AS partyOnDay
