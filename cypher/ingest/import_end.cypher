// The journal is gone: the import node is removed too (the log keeps the record), so that an
// import that changed nothing leaves nothing behind.
MATCH (i:__GovGraphImport {id: $importId})
DELETE i
