// Posts and links that began (since) or ended (until) between $from and $to inclusive, in the
// subtree of $scopeId (the unit at either end of a link, or the post's unit, lies in it; any
// date; found by walking up from each end, a few hops, never down from the scope) or everywhere
// when it is null. One row per event, ordered by day then change id, after
// the cursor ($afterDay, $afterId), at most $limit.
MATCH (a)-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
WHERE ((r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to))
  AND ($scopeId IS NULL
       OR $scopeId IN [(b)-[:UNDER*0..]->(t) | t.id]
       OR (a:Unit AND $scopeId IN [(a)-[:UNDER*0..]->(t) | t.id]))
UNWIND [e IN [{event: 'BEGAN', day: r.since}, {event: 'ENDED', day: r.until}]
        WHERE e.day IS NOT NULL AND e.day >= $from AND e.day <= $to] AS e
WITH a, b, r, e.event AS event, e.day AS day,
     type(r) + '|' + a.id + '|' + b.id + CASE WHEN type(r) = 'HOLDS_POST' THEN '|' + r.role ELSE '' END
       + '|' + coalesce(toString(r.since), '') AS edgeId
WITH a, b, r, event, day, event + '|' + edgeId AS changeId
WHERE $afterDay IS NULL OR day > $afterDay OR (day = $afterDay AND changeId > $afterId)
RETURN day, event, changeId, a.name AS sourceName, b.name AS targetName,
       {type: type(r), source: a.id, target: b.id, role: r.role, title: r.title, since: r.since, until: r.until} AS edge
ORDER BY day, changeId
LIMIT $limit
