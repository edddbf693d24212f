UNWIND $ids AS id
MATCH (p:Person {id: id})
DETACH DELETE p
RETURN count(*) AS deleted
