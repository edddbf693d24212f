// An event as stored, with how many took part in it; no row when there is none.
MATCH (n:Event {id: $id})
RETURN elementId(n) AS elementId, properties(n) AS props, COUNT { (n)<-[:ATTENDED]-() } AS attendance
