MATCH (l:__GovGraphImportLog {import: $importId, seq: $seq})
DELETE l
