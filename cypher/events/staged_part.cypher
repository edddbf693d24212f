// The first part still staged of an import that has switched over: published, then dropped, in one
// transaction (events/ChangeEvents.publishImport), so a part is published once whatever stops it.
MATCH (p:PendingChangeEvents {importId: $importId})
RETURN elementId(p) AS id, p.events AS events
ORDER BY p.part
LIMIT 1
