// Every stored person as the resolver sees them: name, phone, birth, gender, the streets of their
// posts, and what their roster mentions add (ID-card hashes, births to the month, mention keys).
MATCH (p:Person)
OPTIONAL MATCH (p)-[:HOLDS_POST]->(:Unit)-[:UNDER*0..]->(s:Unit {type: 'STREET_COMMITTEE'})
WITH p, collect(DISTINCT s.id) AS streets
OPTIONAL MATCH (m:RosterMention {personId: p.id})
RETURN p.id AS id, p.name AS name, p.phone AS phone, p.birthYear AS birthYear, p.gender AS gender, streets,
  collect(m.key) AS keys, collect(m.idHash) AS idHashes, collect(m.birth) AS births, collect(m.phone) AS phones,
  collect(m.streetId) AS mentionStreets
