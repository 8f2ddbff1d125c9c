-- An enum with a value reordered, used by a partitioned table's column: the type is rebuilt and the column converted through its parent (the partition's own conversion, written first, was refused: "cannot alter inherited column") (semantic fuzzer seed 23000 pair 14, enum_reorder).
CREATE TYPE mood AS ENUM ('low', 'mid', 'high');
CREATE TABLE readings (id int NOT NULL, m mood) PARTITION BY RANGE (id);
CREATE TABLE part_a PARTITION OF readings FOR VALUES FROM (0) TO (1000);
CREATE TABLE part_b PARTITION OF readings FOR VALUES FROM (1000) TO (2000);
