MATCH (n) WHERE n:Unit OR n:Person
RETURN count(n) AS count
