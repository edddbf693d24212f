// The edits of a unit or person and of its posts and links, oldest first.
MATCH (e:Edit)
WHERE $id IN e.subjects AND ($afterSeq IS NULL OR e.seq > $afterSeq)
RETURN e
ORDER BY e.seq
LIMIT $limit
