// A unit's party to an agreement; no row when there is none.
MATCH (:Unit {id: $unitId})-[r:PARTY_TO]->(:Agreement {id: $agreementId})
RETURN elementId(r) AS elementId, properties(r) AS props
