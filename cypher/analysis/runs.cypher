MATCH (r:AnalysisRun)
WHERE $id IS NULL OR r.id = $id
RETURN r
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
