-- Dropping a range-partitioned table whose 2001 partition is hash-subpartitioned, with a default partition; every partition's rows are held and come back.
CREATE TABLE pages (
    path text PRIMARY KEY
);
