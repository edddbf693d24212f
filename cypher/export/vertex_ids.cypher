// Which of $ids name a unit or a person.
CALL () {
  MATCH (v:Unit) WHERE v.id IN $ids RETURN v.id AS id
  UNION
  MATCH (v:Person) WHERE v.id IN $ids RETURN v.id AS id
}
RETURN id
