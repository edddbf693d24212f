// An analysis result kept for audit: the exact figures a report cited, and how they were made.
CREATE (r:AnalysisRun {
  id: $id, measure: $measure, scopeId: $scopeId, asOf: $asOf, approximate: $approximate,
  sampleSize: $sampleSize, seed: $seed, vertexCount: $vertexCount, edgeCount: $edgeCount,
  millis: $millis, createdAt: datetime(), topIds: $topIds, topScores: $topScores
})
RETURN r
