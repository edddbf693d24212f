// Vertices of the whole linkage graph on $asOf (docs/spec/analysis.md): every unit that exists then.
MATCH (u:Unit)
WHERE (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
RETURN u.id AS id, u.type AS type
