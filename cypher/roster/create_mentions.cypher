// Each roster row, where it is and the person it resolved to.
UNWIND $rows AS row
CREATE (m:RosterMention)
SET m = row
