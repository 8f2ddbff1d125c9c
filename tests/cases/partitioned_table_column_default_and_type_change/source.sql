-- A partitioned table's column changes type (enum -> text) and default: the partition's default goes before and comes back after the parent's type change, which reaches the partition (set before it, the new default met the old type: "invalid input value for enum") (semantic fuzzer smoke seed 1002 pair 30).
CREATE SCHEMA s;
CREATE TYPE s.mood AS ENUM ('low', 'mid', 'high');
CREATE TABLE readings (id int NOT NULL, m s.mood DEFAULT 'low') PARTITION BY RANGE (id);
CREATE TABLE part_a PARTITION OF readings FOR VALUES FROM (1000) TO (2000);
