// Cross-appointments reported as started: remembered, so that the next comparison sees them.
UNWIND $rows AS r
MERGE (s:CrossAppointmentState {key: r.compoundId + '|' + r.personId})
SET s.compoundId = r.compoundId, s.personId = r.personId, s.since = $day
