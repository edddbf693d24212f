// How many events the filter of page.cypher keeps, on every page.
MATCH (e:ChangeEvent)
WHERE e.type IN $types
  AND ($scopeId IS NULL OR $scopeId IN e.scope)
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
RETURN count(e) AS count
