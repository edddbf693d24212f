// The items of each agreement asked about (by the item_agreement index), by item id.
MATCH (i:Item)
WHERE i.agreementId IN $ids
RETURN i.agreementId AS key, i
ORDER BY key, i.id
