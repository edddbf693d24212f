// A page of the access log, newest first (ties by id), filtered by person, account and time.
MATCH (a:PersonalDataAccess)
WHERE ($personId IS NULL OR $personId IN a.personIds)
  AND ($account IS NULL OR a.account = $account)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
  AND ($afterMillis IS NULL OR a.at.epochMillis < $afterMillis
       OR (a.at.epochMillis = $afterMillis AND a.id < $afterId))
RETURN a
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
