// One read of personal data in full: who, when, through what, and whose data.
CREATE (a:PersonalDataAccess {
  id: randomUUID(), at: datetime.truncate('millisecond', datetime()), account: $account, channel: $channel,
  operation: $operation, query: $query, personIds: $personIds
})
