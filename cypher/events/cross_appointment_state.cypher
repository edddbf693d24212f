// The cross-appointments the outbox last reported as going on, in these compounds (null: all).
MATCH (s:CrossAppointmentState)
WHERE $compoundIds IS NULL OR s.compoundId IN $compoundIds
RETURN s.compoundId AS compoundId, s.personId AS personId
