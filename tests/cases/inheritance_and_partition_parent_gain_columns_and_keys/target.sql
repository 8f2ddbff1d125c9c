-- A parent gains a column and a CHECK its inheriting child gets too; a partitioned parent gains a column, a primary key, a foreign key, a CHECK and an index its partitions get.
CREATE TABLE parent (id int NOT NULL, name text, added text, CONSTRAINT parent_name_check CHECK (name <> ''));
CREATE TABLE child (extra int) INHERITS (parent);
CREATE TABLE ref (id int PRIMARY KEY);
CREATE TABLE meas (id int NOT NULL, at date NOT NULL, ref_id int, note text) PARTITION BY RANGE (at);
CREATE TABLE meas_2024 PARTITION OF meas FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE meas_2025 PARTITION OF meas FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE meas ADD CONSTRAINT meas_pkey PRIMARY KEY (id, at);
ALTER TABLE meas ADD CONSTRAINT meas_ref FOREIGN KEY (ref_id) REFERENCES ref;
ALTER TABLE meas ADD CONSTRAINT meas_id_check CHECK (id > 0);
CREATE INDEX meas_at ON meas (at);
