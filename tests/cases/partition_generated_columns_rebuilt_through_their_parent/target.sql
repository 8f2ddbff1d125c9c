-- A column of a partitioned table widens while a column becomes generated reading it (named before it: the order the columns were visited in mattered): the
-- generated column is dropped and added again on the parent only (its partitions follow; ADD
-- COLUMN on a partition alone is refused: the partition's column was rebuilt on its own too, as a
-- generated column reading a column whose type changes) (semantic fuzzer seed 7000 pair 598).
CREATE TABLE measurements (
    id integer NOT NULL,
    gross bigint GENERATED ALWAYS AS (net * 3) STORED,
    net integer DEFAULT 0
) PARTITION BY RANGE (id);

CREATE TABLE measurements_low PARTITION OF measurements FOR VALUES FROM (0) TO (1000);
CREATE TABLE "measurements rest" PARTITION OF measurements DEFAULT;
