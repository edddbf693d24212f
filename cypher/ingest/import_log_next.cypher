MATCH (l:__GovGraphImportLog {import: $importId})
WHERE l.kind = $kind
RETURN l.seq AS seq, l.units AS units, l.people AS people, l.rels AS rels
ORDER BY l.seq
LIMIT 1
