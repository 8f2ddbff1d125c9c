-- A composite type loses an attribute while a table with a column of it becomes partitioned: the table is held whole before it is rebuilt, so its column's values are not held again (a re-run would hold the rebuilt table's).
CREATE TYPE dimensions AS (width integer);
CREATE TABLE parcels (
    id integer NOT NULL,
    size dimensions,
    seq integer NOT NULL
) PARTITION BY RANGE (id);
CREATE TABLE parcels_low PARTITION OF parcels FOR VALUES FROM (0) TO (1000);
ALTER TABLE parcels ADD CONSTRAINT parcels_id_seq_key UNIQUE (id, seq);
