// Whether putting unit $id under $parentId closes a loop: the parent is the unit or lies beneath it.
MATCH (p:Unit {id: $parentId})
RETURN exists { MATCH (p)-[:UNDER*0..]->(:Unit {id: $id}) } AS cycle
