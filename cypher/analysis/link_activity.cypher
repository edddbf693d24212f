// Active and paper links (docs/spec/import-format.md v1.1, docs/spec/analysis.md v1.1): every
// CO_CONSTRUCTS or PAIRED_WITH link in force on $asOf with both ends among $unitIds (null: anywhere)
// and, when $fromIds is given, starting at one of them. A link is active when, in the 365 days up to
// and including $asOf, an event hosted by one end was attended by the other (as a unit, or through
// a person holding a post in force in it on the event's date, not ABSENT), or an item with the ends as
// provider and beneficiary (either way) overlaps that window. Each row carries the latest such event
// on or before $asOf and the item of latest end, inside the window or not, so that a paper link
// shows when it went quiet.
MATCH (a:Unit)-[l:CO_CONSTRUCTS|PAIRED_WITH]->(b:Unit)
WHERE ($unitIds IS NULL OR (a.id IN $unitIds AND b.id IN $unitIds))
  AND ($fromIds IS NULL OR a.id IN $fromIds)
  AND (l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
WITH a, b, l, $asOf - duration({days: 364}) AS windowStart
CALL (a, b) {
  OPTIONAL MATCH (e:Event)
  WHERE e.hostId IN [a.id, b.id] AND e.date <= $asOf
    AND EXISTS {
      MATCH (x)-[t:ATTENDED]->(e)
      WHERE (t.role IS NULL OR t.role <> 'ABSENT')
        AND (x = CASE e.hostId WHEN a.id THEN b ELSE a END
          OR EXISTS {
            MATCH (x)-[h:HOLDS_POST]->(other:Unit)
            WHERE other = CASE e.hostId WHEN a.id THEN b ELSE a END
              AND (h.since IS NULL OR h.since <= e.date) AND (h.until IS NULL OR h.until >= e.date)
          })
    }
  WITH e ORDER BY e.date DESC, e.id
  RETURN head(collect(e)) AS event
}
CALL (a, b) {
  OPTIONAL MATCH (i:Item)
  WHERE ((i.providerId = a.id AND i.beneficiaryId = b.id) OR (i.providerId = b.id AND i.beneficiaryId = a.id))
    AND (i.since IS NULL OR i.since <= $asOf)
  WITH i ORDER BY coalesce(i.until, date('9999-12-31')) DESC, i.id
  RETURN head(collect(i)) AS item
}
WITH a, b, l, event, item,
     event IS NOT NULL AND event.date >= windowStart AS eventInWindow,
     item IS NOT NULL AND (item.until IS NULL OR item.until >= windowStart) AS itemInWindow
RETURN type(l) AS type, a.id AS fromId, b.id AS toId, l.since AS since, l.until AS until, l.note AS note,
       l.source AS source, eventInWindow OR itemInWindow AS active,
       event.id AS eventId, event.type AS eventType, event.date AS eventDate, event.hostId AS eventHostId,
       event.title AS eventTitle, eventInWindow,
       item.id AS itemId, item.list AS itemList, item.title AS itemTitle, item.status AS itemStatus,
       item.since AS itemSince, item.until AS itemUntil, itemInWindow
ORDER BY fromId, toId, type, since
