// People a roster import found on no earlier roster nor in the store.
UNWIND $rows AS row
CREATE (p:Person)
SET p = row
