// What the daily check saw of each link in force: active or on paper.
UNWIND $rows AS r
MERGE (s:LinkActivityState {key: r.key})
SET s.active = r.active, s.day = $day
