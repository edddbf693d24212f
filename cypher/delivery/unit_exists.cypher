// Whether a unit with this id exists (a webhook's scope).
RETURN EXISTS { MATCH (:Unit {id: $id}) } AS found
