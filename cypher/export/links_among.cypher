// Links with both ends among $ids: those in force on $asOf, or every one when $history is true.
MATCH (a:Unit)-[l:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($history OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)))
RETURN a.id AS fromId, b.id AS toId, type(l) AS type, l.since AS since, l.until AS until
ORDER BY fromId, toId, type, since
