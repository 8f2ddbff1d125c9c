-- Adding table storage parameters to one table and resetting them on another.
CREATE TABLE hot_rows (
    id integer PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 60, autovacuum_vacuum_scale_factor = 0.05);

CREATE TABLE cold_rows (
    id integer PRIMARY KEY,
    payload text
);
