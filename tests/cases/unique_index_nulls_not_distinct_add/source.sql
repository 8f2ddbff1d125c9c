-- Adding a unique index with NULLS NOT DISTINCT and a UNIQUE constraint with INCLUDE.
CREATE TABLE devices (
    id integer PRIMARY KEY,
    mac text,
    label text
);
