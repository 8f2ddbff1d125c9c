-- A partitioned table becomes a regular one while a column is renamed (--rename): the rename runs first, so the held tables (the parent and its partition) hold the new name; the way back reads the held rows by it.
CREATE TABLE events (
    id bigint NOT NULL,
    remark text
);
