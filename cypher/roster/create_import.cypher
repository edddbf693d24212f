// The import itself: who, when, which files.
CREATE (i:RosterImport {id: $id, at: datetime(), account: $account, files: $files})
