// The stored links leaving the units of a data set, read before anything is written.
UNWIND $ids AS id
MATCH (:Unit {id: id})-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->(b:Unit)
RETURN id AS fromId, b.id AS toId, type(r) AS type, elementId(r) AS elementId, properties(r) AS props
