// The findings with these keys, with the name of each subject.
UNWIND $ids AS id
MATCH (f:Finding {key: id})
OPTIONAL MATCH (n:Unit|Person {id: f.subject})
RETURN f {.*} AS finding, n.name AS subjectName
