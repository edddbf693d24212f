// id: community_without_legal_advisor
// title: A community with no legal advisor pairing in force
// title_zh: 社区未落实“一社区一法律顾问”
// severity: MEDIUM
// rationale: The district rolls out 一社区一法律顾问: every community is paired with a law firm whose
//   lawyer advises it. A community existing on the day with no PAIRED_WITH link in force from a
//   LAW_FIRM has no legal advisor.
MATCH (cc:CommunityCommittee)
WHERE ($scopeUnitIds IS NULL OR cc.id IN $scopeUnitIds)
  AND (cc.founded IS NULL OR cc.founded <= $asOf) AND (cc.dissolved IS NULL OR cc.dissolved > $asOf)
  AND NOT EXISTS {
    MATCH (:LawFirm)-[l:PAIRED_WITH]->(cc)
    WHERE (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
  }
OPTIONAL MATCH (cc)-[:UNDER]->(s:StreetCommittee)
OPTIONAL MATCH (lf:LawFirm)-[old:PAIRED_WITH]->(cc)
WITH cc, s, lf, old ORDER BY old.until DESC
WITH cc, s, head(collect(CASE WHEN old IS NOT NULL
  THEN lf.id + ' -[PAIRED_WITH since ' + coalesce(toString(old.since), '?') + ' until ' + coalesce(toString(old.until), '?') + ']-> ' + cc.id END)) AS last
RETURN cc.id AS subject,
       CASE WHEN s IS NULL THEN [cc.id] ELSE [cc.id + ' -[UNDER]-> ' + s.id] END
         + CASE WHEN last IS NULL THEN [] ELSE ['ended: ' + last] END AS evidence,
       cc.name + ' 在 ' + toString($asOf) + ' 没有结对的律师事务所（法律顾问）' AS message
ORDER BY subject
