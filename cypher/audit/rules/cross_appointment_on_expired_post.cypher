// id: cross_appointment_on_expired_post
// title: A cross-appointment resting on an expired post or service
// title_zh: 交叉任职所依托的职务或物业服务已终止
// severity: MEDIUM
// rationale: A person sits on one side of a compound (owners committee, serving property company,
//   community committee or residents committee) because they also sat on another side; that other
//   post, or the company's SERVES link that put it on the property side, has since ended, and the
//   person is no longer cross-appointed there (docs/spec/import-format.md §Cross-appointment). The remaining
//   post is a leftover to review: e.g. a former owners-committee chair still on the residents
//   committee, or a project manager on the community committee after the company stopped serving.
//   A company post placed on another compound (v1.1 place_id) is not on this compound's property side.
MATCH (c:Compound)
WHERE ($scopeUnitIds IS NULL OR c.id IN $scopeUnitIds)
  AND (c.founded IS NULL OR c.founded <= $asOf) AND (c.dissolved IS NULL OR c.dissolved > $asOf)
CALL (c) {
  // every unit that is or was on a side of c, with the period it is on that side
  MATCH (u:OwnersCommittee)-[:UNDER]->(c)
  RETURN u, 'OWNERS' AS side, null AS sideSince, null AS sideUntil, null AS via
  UNION
  MATCH (u:PropertyCompany)-[s:SERVES]->(c)
  RETURN u, 'PROPERTY' AS side, s.since AS sideSince, s.until AS sideUntil,
         u.id + ' -[SERVES since ' + coalesce(toString(s.since), '?') + ' until ' + coalesce(toString(s.until), '?') + ']-> ' + c.id AS via
  UNION
  MATCH path = (c)-[:UNDER*1..]->(cc:CommunityCommittee)
  WITH cc ORDER BY length(path) LIMIT 1
  OPTIONAL MATCH (rc:ResidentsCommittee)-[:UNDER]->(cc)
  WITH cc, collect(rc) AS rcs
  UNWIND [cc] + rcs AS u
  RETURN u, 'COMMUNITY' AS side, null AS sideSince, null AS sideUntil, null AS via
}
MATCH (p:Person)-[h:HOLDS_POST]->(u)
WHERE side <> 'PROPERTY' OR h.placeId IS NULL OR h.placeId = c.id
// the period a post counts on its side: the post's own, cut to the SERVES link's on the property side
WITH c, p, u, side, h, via,
     CASE WHEN sideSince IS NOT NULL AND (h.since IS NULL OR h.since < sideSince) THEN sideSince ELSE h.since END AS from,
     CASE WHEN sideUntil IS NOT NULL AND (h.until IS NULL OR h.until > sideUntil) THEN sideUntil ELSE h.until END AS to
WHERE from IS NULL OR to IS NULL OR from <= to
WITH c, p, collect({u: u, side: side, h: h, via: via, from: from, to: to}) AS spans
WITH c, p,
     [x IN spans WHERE (x.from IS NULL OR x.from <= $asOf) AND (x.to IS NULL OR x.to >= $asOf)
       AND (x.u.founded IS NULL OR x.u.founded <= $asOf) AND (x.u.dissolved IS NULL OR x.u.dissolved > $asOf)] AS live,
     [x IN spans WHERE x.to IS NOT NULL AND x.to < $asOf] AS ended
// cross-appointed today (live posts on two sides) is not a leftover
WHERE size(live) > 0 AND all(x IN live WHERE x.side = live[0].side)
UNWIND live AS a
UNWIND ended AS b
WITH c, p, a, b
WHERE a.side <> b.side AND (a.from IS NULL OR a.from <= b.to) AND (b.from IS NULL OR a.to IS NULL OR b.from <= a.to)
WITH c, p, a, b ORDER BY b.to DESC
WITH c, p, a, head(collect(b)) AS b
RETURN p.id AS subject,
       [p.id + ' -[HOLDS_POST ' + a.h.role + ' since ' + coalesce(toString(a.h.since), '?') + ']-> ' + a.u.id,
        p.id + ' -[HOLDS_POST ' + b.h.role + ' since ' + coalesce(toString(b.h.since), '?') + ' until '
          + coalesce(toString(b.h.until), '?') + ']-> ' + b.u.id]
       + CASE WHEN b.via IS NULL THEN [] ELSE [b.via] END AS evidence,
       p.name + ' 仍任 ' + a.u.name + ' ' + coalesce(a.h.title, a.h.role) + '，但其在 ' + c.name + ' 的交叉任职所依托的 '
         + b.u.name + ' ' + coalesce(b.h.title, b.h.role)
         + CASE WHEN b.via IS NULL OR (b.h.until IS NOT NULL AND b.h.until <= b.to) THEN '' ELSE '（物业服务）' END
         + ' 已于 ' + toString(b.to) + ' 终止' AS message
ORDER BY subject, c.id
