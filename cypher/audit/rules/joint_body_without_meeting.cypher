// id: joint_body_without_meeting
// title: A joint meeting or co-governance committee that has not met in maxDaysWithoutMeeting days
// title_zh: 联席会议或共治委员会长期未开会
// severity: MEDIUM
// rationale: A "red butler" joint meeting (物居业联席会议) or co-governance committee is a mechanism only
//   while it meets (docs/spec/analysis.md v1.1): one that exists on the day and hosted no event in
//   the maxDaysWithoutMeeting days up to it has stopped working, whatever its standing links say.
// param: maxDaysWithoutMeeting = 180
MATCH (b:Unit)
WHERE b.type IN ['JOINT_MEETING', 'CO_GOVERNANCE_COMMITTEE']
  AND ($scopeUnitIds IS NULL OR b.id IN $scopeUnitIds)
  AND (b.founded IS NULL OR b.founded <= $asOf) AND (b.dissolved IS NULL OR b.dissolved > $asOf)
  AND NOT EXISTS {
    MATCH (e:Event {hostId: b.id})
    WHERE e.date <= $asOf AND e.date > $asOf - duration({days: $maxDaysWithoutMeeting})
  }
OPTIONAL MATCH (e:Event {hostId: b.id})
WHERE e.date <= $asOf
WITH b, e ORDER BY e.date DESC
WITH b, head(collect(e)) AS last
RETURN b.id AS subject,
       CASE WHEN last IS NULL THEN [b.id + ' hosted no event']
         ELSE [last.id + ' ' + last.type + ' ' + toString(last.date) + ' hosted by ' + b.id] END AS evidence,
       b.name + CASE WHEN last IS NULL THEN ' 没有会议记录' ELSE ' 最近一次会议在 ' + toString(last.date) END
         + '，' + toString($maxDaysWithoutMeeting) + ' 天内未开会' AS message
ORDER BY subject
