// id: owners_committee_not_reelected
// title: An owners committee not elected in the last five years
// title_zh: 业主委员会任期届满未换届
// severity: MEDIUM
// rationale: An owners committee is elected for a term of at most five years (docs/spec/analysis.md v1.1).
//   One whose last ELECTION event is more than maxYearsWithoutElection years before the day, or that has none
//   recorded and was founded more than maxYearsWithoutElection years before it, is overdue for re-election.
// param: maxYearsWithoutElection = 5
MATCH (oc:OwnersCommittee)
WHERE ($scopeUnitIds IS NULL OR oc.id IN $scopeUnitIds)
  AND (oc.founded IS NULL OR oc.founded <= $asOf) AND (oc.dissolved IS NULL OR oc.dissolved > $asOf)
OPTIONAL MATCH (e:Event {hostId: oc.id, type: 'ELECTION'})
WHERE e.date <= $asOf
WITH oc, e ORDER BY e.date DESC
WITH oc, head(collect(e)) AS last
WITH oc, last, coalesce(last.date, oc.founded) AS since
WHERE since IS NOT NULL AND since < $asOf - duration({years: $maxYearsWithoutElection})
RETURN oc.id AS subject,
       CASE WHEN last IS NULL THEN [oc.id + ' founded ' + toString(oc.founded) + ', no ELECTION recorded']
         ELSE [last.id + ' ELECTION ' + toString(last.date) + ' hosted by ' + oc.id] END AS evidence,
       oc.name + CASE WHEN last IS NULL THEN ' 成立于 ' + toString(oc.founded) + '，无换届选举记录'
         ELSE ' 最近一次换届选举在 ' + toString(last.date) END + '，已超过 ' + toString($maxYearsWithoutElection) + ' 年' AS message
ORDER BY subject
