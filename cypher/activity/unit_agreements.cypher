// The agreements each unit asked about is party to whose term meets [$from, $to] (either end
// open when null), by id; at most $max per unit.
MATCH (u:Unit)-[:PARTY_TO]->(a:Agreement)
WHERE u.id IN $ids
  AND ($to IS NULL OR a.since IS NULL OR a.since <= $to)
  AND ($from IS NULL OR a.until IS NULL OR a.until >= $from)
WITH u.id AS key, a
ORDER BY key, a.id
WITH key, collect(a)[..$max] AS agreements
UNWIND agreements AS a
RETURN key, a
