// The parts an import has staged and not yet published, in their order (events/ChangeEvents.publishImport).
MATCH (p:PendingChangeEvents {importId: $importId})
RETURN p.part AS part
ORDER BY part
