// The posts whose last day in force was the day before $day: they end on $day.
MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
WHERE h.until = $day - duration({days: 1})
RETURN p.id AS personId, u.id AS unitId, h.role AS role, h.since AS since, h.until AS until
