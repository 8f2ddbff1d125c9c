-- A partitioned table's generated column becomes a plain one: the column is rebuilt on the parent only (its partitions follow; ADD COLUMN on a partition is refused).
CREATE TABLE meters (
    id integer NOT NULL,
    reading integer,
    doubled integer GENERATED ALWAYS AS (reading * 2) STORED
) PARTITION BY RANGE (id);
CREATE TABLE meters_other PARTITION OF meters DEFAULT;
