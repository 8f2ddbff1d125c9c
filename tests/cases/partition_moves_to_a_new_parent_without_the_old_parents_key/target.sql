-- A partition moves from a dropped partitioned table with a primary key and an index to a new
-- one with neither: detached, it keeps its copies of the old parent's key and index as its own,
-- so they are dropped right after the DETACH (their own drops were skipped while the old parent
-- held them) (semantic fuzzer seed 7000 pair 815).
CREATE TABLE orders (
    id integer NOT NULL,
    placed date
) PARTITION BY RANGE (id);

CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM (1000) TO (2000);
