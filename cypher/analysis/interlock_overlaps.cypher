// The overlaps behind the interlock graph (docs/spec/analysis.md v1.1) up to $asOf: for each person and
// each pair of units A ≠ B (A's id first) among $unitIds (null: all) in which they hold posts, the
// periods during which a post in A and a post in B were both in force, cut at $asOf. A post with no
// since counts from the other's since; two with none have no known overlap and are left out. The
// caller merges a person's periods (two posts in one unit must not count a day twice) and sums.
MATCH (p:Person)-[x:HOLDS_POST]->(a:Unit)
WHERE ($unitIds IS NULL OR a.id IN $unitIds) AND (x.since IS NULL OR x.since <= $asOf)
MATCH (p)-[y:HOLDS_POST]->(b:Unit)
WHERE a.id < b.id AND ($unitIds IS NULL OR b.id IN $unitIds) AND (y.since IS NULL OR y.since <= $asOf)
  AND (x.since IS NOT NULL OR y.since IS NOT NULL)
WITH p, a, b,
     CASE WHEN x.since IS NULL OR (y.since IS NOT NULL AND y.since > x.since) THEN y.since ELSE x.since END AS start,
     reduce(m = $asOf, d IN [x.until, y.until] | CASE WHEN d IS NOT NULL AND d < m THEN d ELSE m END) AS end
WHERE start <= end
RETURN a.id AS a, b.id AS b, p.id AS person, collect([start, end]) AS periods
ORDER BY a, b, person
