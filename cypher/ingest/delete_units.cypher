UNWIND $ids AS id
MATCH (u:Unit {id: id})
DETACH DELETE u
RETURN count(*) AS deleted
