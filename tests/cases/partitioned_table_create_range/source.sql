-- Creating a range-partitioned table with two partitions and a default partition.
CREATE TABLE devices (
    id integer PRIMARY KEY
);
