-- A partitioned table's column changes type (altered through the parent, which reaches its partitions: altered alone a partition says "cannot alter inherited column"), and another's partition key column changes type (no ALTER can: the partitioned table is rebuilt and its partitions, held apart meanwhile, attached again) (semantic fuzzer, add_partitioned_table).
CREATE TABLE pt (id int, c int) PARTITION BY RANGE (id);
CREATE TABLE p PARTITION OF pt FOR VALUES FROM (0) TO (1000);
CREATE TABLE p2 PARTITION OF pt FOR VALUES FROM (1000) TO (2000);
CREATE TABLE keyed (id int NOT NULL, c text) PARTITION BY RANGE (id);
CREATE TABLE keyed_a PARTITION OF keyed FOR VALUES FROM (0) TO (1000);
CREATE TABLE keyed_b PARTITION OF keyed FOR VALUES FROM (1000) TO (MAXVALUE);
ALTER TABLE keyed ADD PRIMARY KEY (id);
