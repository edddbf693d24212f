// Whether each co-construction or pairing link was last seen active or on paper by the daily check.
MATCH (s:LinkActivityState)
RETURN s.key AS key, s.active AS active
