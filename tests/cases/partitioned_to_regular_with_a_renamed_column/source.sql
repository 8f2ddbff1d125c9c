-- A partitioned table becomes a regular one while a column is renamed (--rename): the rename runs first, so the held tables (the parent and its partition) hold the new name; the way back reads the held rows by it.
CREATE TABLE events (
    id bigint NOT NULL,
    note text
) PARTITION BY RANGE (id);
CREATE TABLE events_1000 PARTITION OF events FOR VALUES FROM (1000) TO (2000);
