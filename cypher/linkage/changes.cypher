// Posts and links that began (since) or ended (until) between $from and $to inclusive, in the
// subtree of $scopeId (the unit at either end of a link, or the post's unit, lies in it; any
// date) or everywhere when it is null. A scope is read from its root down: the relationships
// into its units, and the links out of them (UNION keeps a link inside the scope once); only
// without a scope is every relationship tested. One row per event, ordered by day then change id,
// after the cursor ($afterDay, $afterId), at most $limit.
CALL () {
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(b:Unit)<-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]-(a)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
  UNION
  MATCH (:Unit {id: $scopeId})<-[:UNDER*0..]-(a:Unit)-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
  UNION
  WITH $scopeId AS scope WHERE scope IS NULL
  MATCH (a)-[r:HOLDS_POST|CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
  WHERE (r.since >= $from AND r.since <= $to) OR (r.until >= $from AND r.until <= $to)
  RETURN a, r, b
}
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
