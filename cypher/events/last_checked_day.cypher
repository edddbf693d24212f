// The last day the daily check has done (null before its first run).
OPTIONAL MATCH (c:EventCheck {name: 'daily'})
RETURN c.lastDay AS lastDay
