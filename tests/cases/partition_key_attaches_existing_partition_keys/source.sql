-- A primary key added to a partitioned table whose partitions have a matching key and unique index (PostgreSQL attaches them); another parent loses its key and a unique index that needs it.
CREATE TABLE p (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (id, at);
CREATE UNIQUE INDEX p2_id_at ON p2 (id, at);
CREATE TABLE q (id int NOT NULL, at date NOT NULL, x int) PARTITION BY RANGE (at);
CREATE TABLE q1 PARTITION OF q FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE q ADD CONSTRAINT q_pkey PRIMARY KEY (id, at);
CREATE UNIQUE INDEX q_x_key ON q (x, id, at);
