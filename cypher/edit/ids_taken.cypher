// Whether an id is taken by a unit or by a person (the two may not coincide).
RETURN exists { MATCH (:Unit {id: $id}) } AS unit, exists { MATCH (:Person {id: $id}) } AS person
