// The owners committee meant by $id on $asOf: the unit itself if it is one, else the owners
// committee (existing on $asOf) of the compound $id.
MATCH (x:Unit {id: $id})
OPTIONAL MATCH (oc:OwnersCommittee)-[:UNDER]->(x)
WHERE x:Compound
  AND (oc.founded IS NULL OR oc.founded <= $asOf) AND (oc.dissolved IS NULL OR oc.dissolved > $asOf)
WITH x, CASE WHEN x:OwnersCommittee THEN x ELSE oc END AS oc
RETURN x.type AS type, oc.id AS ownersCommitteeId
ORDER BY ownersCommitteeId
LIMIT 1
