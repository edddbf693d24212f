// The next edit number: one counter, so edits are numbered in the order they commit.
MERGE (c:__GovGraphCounter {name: 'edit'})
SET c.value = coalesce(c.value, 0) + 1
RETURN c.value AS seq
