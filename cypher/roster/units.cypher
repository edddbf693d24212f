// Every unit with its names and the street it lies under (none for, e.g., a law firm), to match the
// text of rosters against.
MATCH (u:Unit)
OPTIONAL MATCH (u)-[:UNDER*0..]->(s:Unit {type: 'STREET_COMMITTEE'})
WITH u, head(collect(s.id)) AS streetId
RETURN u.id AS id, u.name AS name, coalesce(u.aliases, []) AS aliases, u.type AS type, streetId
