-- Dropping a column that owns a sequence: the owned sequence goes with it.
CREATE TABLE receipts (
    id integer PRIMARY KEY,
    legacy_no serial,
    issued_at timestamptz NOT NULL
);
