// The stored parties of the agreements of a data set (v1.1), read before anything is written.
UNWIND $ids AS id
MATCH (u:Unit)-[r:PARTY_TO]->(:Agreement {id: id})
RETURN id AS agreementId, u.id AS unitId, elementId(r) AS elementId, properties(r) AS props
