// Listing units of a type (units(type: …)) and exact/prefix name filters.
CREATE INDEX unit_type IF NOT EXISTS FOR (u:Unit) ON (u.type);
CREATE INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
