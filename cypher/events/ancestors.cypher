// Each of these units with all its ancestors (an event's scope); a unit the store lacks has no row.
// Planned from the unit's id (the hint): a plan from the other end walks down from every unit.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
USING INDEX u:Unit(id)
MATCH (u)-[:UNDER*0..]->(a:Unit)
RETURN id, collect(DISTINCT a.id) AS ancestors
