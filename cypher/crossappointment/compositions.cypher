// composition.cypher for many owners committees at once: members (CHAIR, DEPUTY_DIRECTOR, MEMBER)
// and owner representatives (OWNER_REP) in force on $asOf, and how many are party members: party
// as recorded, partyOnDay by their party_since as well (as in composition.cypher).
// (the committee is matched as :Unit so that the id constraint's index is used)
UNWIND $ids AS id
MATCH (oc:Unit {id: id})
WHERE oc:OwnersCommittee
MATCH (p:Person)-[h:HOLDS_POST]->(oc)
WHERE h.role IN ['CHAIR', 'DEPUTY_DIRECTOR', 'MEMBER', 'OWNER_REP']
  AND (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
WITH DISTINCT id, p, h.role = 'OWNER_REP' AS rep
RETURN id, rep, count(p) AS people, count(CASE WHEN p.partyMember THEN 1 END) AS party,
       count(CASE WHEN p.partyMember AND (p.partySince IS NULL OR p.partySince <= $asOf) THEN 1 END) AS partyOnDay
