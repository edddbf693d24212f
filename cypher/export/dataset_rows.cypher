// What a data set export will write, for its progress: read from the count store, not by scanning.
CALL () { MATCH (u:Unit) RETURN count(u) AS units }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH ()-[h:HOLDS_POST]->() RETURN count(h) AS posts }
CALL () { MATCH ()-[r:CO_CONSTRUCTS|PAIRED_WITH|SERVES|MEMBER_OF|PARTY_ORG_OF|GUIDES]->() RETURN count(r) AS links }
RETURN units + people + posts + links AS rows
