// The review candidates a roster import raised, with the unit of the mention that raised each.
MATCH (c:ResolutionCandidate {importId: $importId})
OPTIONAL MATCH (m:RosterMention {id: c.mentionId})
RETURN c.id AS id, c.personId AS personId, c.otherId AS otherId, c.rule AS rule, m.unitId AS unitId
ORDER BY id
