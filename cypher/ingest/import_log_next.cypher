// The next journal entry of a kind; an entry written before v1.1 has no records (agreements, items,
// events).
MATCH (l:__GovGraphImportLog {import: $importId})
WHERE l.kind = $kind
RETURN l.seq AS seq, l.units AS units, l.people AS people, l.rels AS rels, coalesce(l.records, []) AS records
ORDER BY l.seq
LIMIT 1
