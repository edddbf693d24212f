// An import not yet switched over or rolled back: while one is, edits are refused, so that its
// roll-back (which puts back what it saved before writing) can never undo an edit made meanwhile.
MATCH (i:__GovGraphImport)
WHERE i.active
RETURN i.id AS id, i.source AS source, toString(i.started) AS started
LIMIT 1
