-- A partition is renamed (--rename) under a partitioned table's primary key: its key, which the parent's holds, takes the new table's name by RENAME CONSTRAINT (it cannot be dropped alone, nor a second key added).
CREATE TABLE orders (
    id integer NOT NULL,
    total numeric
) PARTITION BY RANGE (id);
CREATE TABLE orders_first PARTITION OF orders FOR VALUES FROM (0) TO (1000);
ALTER TABLE orders ADD PRIMARY KEY (id);
