// A page of the open candidates whose mention lies in the scope (a unit and its subtree), by id,
// each with the mentions of both people: a stored person stands for all of their mentions.
MATCH (c:ResolutionCandidate {status: 'OPEN'})
WHERE $after IS NULL OR c.id > $after
MATCH (m:RosterMention {id: c.mentionId})
WHERE $scopeId IS NULL OR EXISTS { MATCH (:Unit {id: m.unitId})-[:UNDER*0..]->(:Unit {id: $scopeId}) }
WITH c ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (o:RosterMention) WHERE o.personId IN [c.personId, c.otherId]
WITH c, o ORDER BY o.personId = c.personId DESC, o.file, o.sheet, o.row
WITH c, collect(o {.personId, .file, .sheet, .row, .unitId, .written}) AS mentions
OPTIONAL MATCH (p:Person {id: c.otherId})
OPTIONAL MATCH (p)-[:HOLDS_POST]->(u:Unit)
WITH c, mentions, p, head(collect(u.id)) AS unitId
RETURN c.id AS id, c.personId AS personId, c.otherId AS otherId, c.rule AS rule, c.agree AS agree,
  c.differ AS differ, c.score AS score, mentions, p.name AS otherName, p.source AS otherSource, unitId AS otherUnitId
ORDER BY id
