// --replace: empties the knowledge base (schema and migration records stay).
MATCH (n) WHERE n:Unit OR n:Person
DETACH DELETE n
