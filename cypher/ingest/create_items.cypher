// Items (v1.1) whose ids the store does not hold yet; references to units, people and agreements
// are indexed properties of the node (model/GraphMapping).
UNWIND $rows AS row
CREATE (n:Item)
SET n += row.props
