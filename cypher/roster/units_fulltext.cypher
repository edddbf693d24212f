// Units whose name or alias shares words with a roster's text (the cjk analyzer of V0008).
CALL db.index.fulltext.queryNodes('unit_names', $query) YIELD node
RETURN node.id AS id
LIMIT 200
