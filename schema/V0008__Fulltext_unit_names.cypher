// Unit names and aliases alone (cjk analyzer, as vertex_names): what search looks in for those
// who may not search people by name, so that people's hits never crowd the units out.
CREATE FULLTEXT INDEX unit_names IF NOT EXISTS
FOR (n:Unit) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
