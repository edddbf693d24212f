MATCH (i:__GovGraphImport)
WHERE i.active
RETURN i.id AS id, i.state AS state, i.source AS source, i.replace AS replace,
  toString(i.started) AS started, i.heartbeat < datetime() - duration({seconds: $staleSeconds}) AS stale
