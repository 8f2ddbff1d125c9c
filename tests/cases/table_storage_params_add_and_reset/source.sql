-- Adding table storage parameters to one table and resetting them on another.
CREATE TABLE hot_rows (
    id integer PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
);

CREATE TABLE cold_rows (
    id integer PRIMARY KEY,
    payload text
) WITH (fillfactor = 50, autovacuum_enabled = false);
