-- An index of a partitioned table dropped: the index PostgreSQL attached to it on the partition goes with it, not alone before it ("cannot drop index part_c_idx because index ix requires it"; semantic fuzzer seed 9300 pair 9).
CREATE TABLE measure (id integer NOT NULL, "c 1" text) PARTITION BY RANGE (id);
CREATE TABLE measure_low PARTITION OF measure FOR VALUES FROM (0) TO (1000);
