-- Creating a list-partitioned table with partitions and a parent-level primary key.
CREATE TABLE regions (
    code text PRIMARY KEY
);
