// Each of these units with all its ancestors (an event's scope); a unit the store lacks has no row.
// Planned from the unit's id by an index seek (the hint): a plan from the other end walks down from
// every unit, and a plain USING INDEX also admits scanning the whole id index once per id. A profile
// of one slow comparison after a 100k-row import (6.8 s, against 1.2 s in the next round) found the
// statements of that transaction scanning a string index and filtering on equality under an
// aggregation; which statement was not recorded, and this one and existing_keys are its lookups by
// key under an aggregation, so both are held to a seek.
UNWIND $ids AS id
MATCH (u:Unit {id: id})
USING INDEX SEEK u:Unit(id)
MATCH (u)-[:UNDER*0..]->(a:Unit)
RETURN id, collect(DISTINCT a.id) AS ancestors
