// v1.1 references kept as properties (model/GraphMapping): who lives in a compound or building,
// whose party relationship a branch holds, a unit's items and events, an agreement's items and
// events, and events by date.
CREATE INDEX person_home IF NOT EXISTS FOR (p:Person) ON (p.homeId);
CREATE INDEX person_party_branch IF NOT EXISTS FOR (p:Person) ON (p.partyBranchId);
CREATE INDEX item_agreement IF NOT EXISTS FOR (i:Item) ON (i.agreementId);
CREATE INDEX item_owner IF NOT EXISTS FOR (i:Item) ON (i.ownerId);
CREATE INDEX item_provider IF NOT EXISTS FOR (i:Item) ON (i.providerId);
CREATE INDEX item_beneficiary IF NOT EXISTS FOR (i:Item) ON (i.beneficiaryId);
CREATE INDEX event_host IF NOT EXISTS FOR (e:Event) ON (e.hostId);
CREATE INDEX event_agreement IF NOT EXISTS FOR (e:Event) ON (e.agreementId);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
