// The decision log of each finding, oldest entry first.
UNWIND $ids AS id
MATCH (d:AuditDecision)-[:ON]->(:Finding {key: id})
RETURN id, d {.*} AS decision
ORDER BY id, d.seq
