// The home and the party branch of each person asked about (v1.1 properties, by id).
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS key, p.homeId AS homeId, p.partyBranchId AS partyBranchId
