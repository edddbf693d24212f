// The daily check has done $day: written in the transaction that wrote that day's events.
MERGE (c:EventCheck {name: 'daily'})
SET c.lastDay = $day, c.at = $at
