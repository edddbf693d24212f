// The date of each unit's roster in this import: an older one is refused later.
UNWIND $rows AS row
CREATE (s:RosterSnapshot)
SET s = row
