// Units with the properties an export shows and the unit they lie under.
MATCH (u:Unit)
WHERE u.id IN $ids
OPTIONAL MATCH (u)-[:UNDER]->(p:Unit)
RETURN u.id AS id, u.type AS type, u.name AS name, u.sector AS sector, u.founded AS founded,
  u.dissolved AS dissolved, p.id AS parentId
ORDER BY id
