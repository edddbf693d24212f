// One page of the outbox in sequence order: the events after sequence number $after of the types
// $types, whose scope holds $scopeId (null: any), dated from $from to $to (null: open).
MATCH (e:ChangeEvent)
WHERE e.seq > $after AND e.type IN $types
  AND ($scopeId IS NULL OR $scopeId IN e.scope)
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH e ORDER BY e.seq
LIMIT $limit
RETURN e.seq AS seq, e.key AS key, e.type AS type, e.date AS date, e.at AS at, e.scope AS scope,
       e.body AS body
