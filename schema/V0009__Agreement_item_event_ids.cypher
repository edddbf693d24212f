// v1.1 of the interchange format: agreements, items and events are nodes identified by id (their ids
// are disjoint from each other's and from units' and people's; the importer checks that).
CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (a:Agreement) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT item_id_unique IF NOT EXISTS FOR (i:Item) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
