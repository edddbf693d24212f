// The links (of the v1 link types $types) whose last day in force was the day before $day.
MATCH (a:Unit)-[l]->(b:Unit)
WHERE type(l) IN $types AND l.until = $day - duration({days: 1})
RETURN type(l) AS type, a.id AS fromId, b.id AS toId, l.since AS since, l.until AS until
