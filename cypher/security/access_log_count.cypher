// How many access log entries match the filter.
MATCH (a:PersonalDataAccess)
WHERE ($personId IS NULL OR $personId IN a.personIds)
  AND ($account IS NULL OR a.account = $account)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
RETURN count(a) AS count
