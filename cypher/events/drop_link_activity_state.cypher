// Links no longer in force: their activity is no longer followed.
UNWIND $keys AS k
MATCH (s:LinkActivityState {key: k})
DELETE s
