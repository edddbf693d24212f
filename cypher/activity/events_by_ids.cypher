MATCH (e:Event)
WHERE e.id IN $ids
RETURN e
