// An import's events, staged before its switch-over: without a sequence number they are not yet in
// the outbox; publish_import puts them there once the import has switched over, discard_import drops
// them when it is rolled back. Events whose key the outbox holds already are not staged.
UNWIND $events AS e
WITH e WHERE NOT EXISTS { MATCH (:ChangeEvent {key: e.key}) }
CALL (e) {
  UNWIND e.unitIds AS unitId
  MATCH (:Unit {id: unitId})-[:UNDER*0..]->(a:Unit)
  RETURN collect(DISTINCT a.id) AS scope
}
CREATE (n:PendingChangeEvent)
SET n = e, n.importId = $importId, n.scope = scope
RETURN count(n) AS staged
