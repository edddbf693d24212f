// What a data set export will write, for its progress: read from the count store, not by scanning.
CALL () { MATCH (u:Unit) RETURN count(u) AS units }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH ()-[h:HOLDS_POST]->() RETURN count(h) AS posts }
CALL () { MATCH ()-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->() RETURN count(r) AS links }
CALL () { MATCH (a:Agreement) RETURN count(a) AS agreements }
CALL () { MATCH (i:Item) RETURN count(i) AS items }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH ()-[r:PARTY_TO]->() RETURN count(r) AS parties }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attendance }
RETURN units + people + posts + links + agreements + items + events + parties + attendance AS rows
