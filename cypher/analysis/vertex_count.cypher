// How many vertices the whole linkage graph has on $asOf, counted as the projection reads them
// (existing_units, post_edges): the units that exist then and the people with a post in force.
// It prices an analysis of the whole graph before it runs.
CALL () {
  MATCH (u:Unit)
  WHERE (u.founded IS NULL OR u.founded <= $asOf) AND (u.dissolved IS NULL OR u.dissolved > $asOf)
  RETURN count(u) AS units
}
CALL () {
  MATCH (p:Person)-[h:HOLDS_POST]->(:Unit)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR h.until >= $asOf)
  RETURN count(DISTINCT p) AS people
}
RETURN units + people AS vertices
