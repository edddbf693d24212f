// Which kind of row holds an id (units, people, agreements, items and events share one id space),
// and a unit's type.
OPTIONAL MATCH (u:Unit {id: $id})
RETURN u IS NOT NULL AS unit, exists { MATCH (:Person {id: $id}) } AS person,
       exists { MATCH (:Agreement {id: $id}) } AS agreement, exists { MATCH (:Item {id: $id}) } AS item,
       exists { MATCH (:Event {id: $id}) } AS event, u.type AS unitType
