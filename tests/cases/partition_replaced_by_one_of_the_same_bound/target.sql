-- A partition dropped while a new one takes its bound, and a DEFAULT partition moved to another schema (dropped and created): the old ones are detached first (attached before, the new ones were refused: "would overlap partition", "conflicts with existing default partition") (semantic fuzzer seed 23000 pairs 32 and 109).
CREATE SCHEMA archive;
CREATE TABLE events (id int NOT NULL, note text) PARTITION BY RANGE (id);
CREATE TABLE events_new PARTITION OF events FOR VALUES FROM (0) TO (1000);
CREATE TABLE archive.events_rest PARTITION OF events DEFAULT;
