-- A partitioned table rebuilt (the type of its partition key changes) while it gains one column
-- and loses another: holding the old parent detaches the kept partitions, which then add and
-- drop those columns themselves before they are attached to the new parent (ATTACH refused them
-- with "child table is missing column").
CREATE TABLE events (
    id bigint NOT NULL,
    kind varchar(10) NOT NULL,
    happened date NOT NULL,
    note text DEFAULT 'none'
) PARTITION BY LIST (kind);

CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
