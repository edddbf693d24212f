CREATE (:__GovGraphMigration {
  version: $version, description: $description, checksum: $checksum, appliedAt: datetime()
})
