// The record of one change, written in the change's own transaction.
CREATE (e:Edit {
  id: 'edit-' + toString($seq), seq: $seq, at: datetime.truncate('millisecond', datetime()),
  account: $account, operation: $operation, entity: $entity, entityId: $entityId, subjects: $subjects,
  beforeKeys: $beforeKeys, beforeValues: $beforeValues, afterKeys: $afterKeys, afterValues: $afterValues
})
RETURN e
