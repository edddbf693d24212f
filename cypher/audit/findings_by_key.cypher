// The findings with these keys, with the name of each subject and whether it is a person's.
UNWIND $ids AS id
MATCH (f:Finding {key: id})
// one index seek each: a label disjunction would scan
OPTIONAL MATCH (u:Unit {id: f.subject})
OPTIONAL MATCH (p:Person {id: f.subject})
RETURN f {.*} AS finding, coalesce(u.name, p.name) AS subjectName, u IS NULL AND p IS NOT NULL AS personSubject
