// Roll-back: a changed post or link gets its properties back (it was rewritten in place, so its
// element id still names it).
MATCH (b:__GovGraphBefore {__import: $importId})
WHERE b.__kind = 'rel'
WITH b LIMIT $limit
CALL (b) {
  MATCH ()-[r]->()
  WHERE elementId(r) = b.__rel
  SET r = properties(b)
  REMOVE r.__import, r.__kind, r.__rel
}
DELETE b
RETURN count(*) AS restored
