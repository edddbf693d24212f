// Cross-appointments reported as ended: forgotten.
UNWIND $rows AS r
MATCH (s:CrossAppointmentState {key: r.compoundId + '|' + r.personId})
DELETE s
