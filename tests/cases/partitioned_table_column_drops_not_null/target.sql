-- A partitioned table's column drops NOT NULL: the parent's DROP NOT NULL reaches its partitions, whose own went first and was refused ("column is marked NOT NULL in parent table"); a partition's NOT NULL of its own, under a nullable parent column, is dropped on the partition (semantic fuzzer, add_partitioned_table with add_identity).
CREATE TABLE pt (id int NOT NULL, c int) PARTITION BY RANGE (id);
CREATE TABLE p PARTITION OF pt FOR VALUES FROM (1000) TO (2000);
CREATE TABLE other (id int NOT NULL, c int) PARTITION BY LIST (id);
CREATE TABLE other_a PARTITION OF other FOR VALUES IN (1, 2, 3);
