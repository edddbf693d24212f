// The stored posts of the units a roster import names, and the date of the last roster imported
// for each, read before anything is written.
UNWIND $unitIds AS unitId
MATCH (u:Unit {id: unitId})
OPTIONAL MATCH (s:RosterSnapshot {unitId: unitId})
WITH u, unitId, max(s.asOf) AS lastImported
OPTIONAL MATCH (p:Person)-[h:HOLDS_POST]->(u)
RETURN unitId, lastImported,
  [x IN collect(CASE WHEN h IS NULL THEN NULL ELSE {personId: p.id, role: h.role, since: h.since, until: h.until,
    ref: elementId(h)} END) WHERE x IS NOT NULL] AS posts
