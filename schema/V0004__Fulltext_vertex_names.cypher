// Chinese names have no spaces: the cjk analyzer indexes character bigrams, so that "明楼" finds
// 明楼街道党工委. Aliases are a list; aliasText holds them joined, for the index.
CREATE FULLTEXT INDEX vertex_names IF NOT EXISTS
FOR (n:Unit|Person) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
