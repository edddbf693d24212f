// Every unit of the whole graph: those existing on $asOf, or all of them when $history is true.
MATCH (u:Unit)
WHERE $history OR ((u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf))
RETURN u.id AS id
ORDER BY id
