-- PostgreSQL 18: a STORED generated column becomes VIRTUAL (the column is rebuilt), and a
-- VIRTUAL one STORED.
CREATE TABLE lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_cents integer NOT NULL,
    total_cents integer GENERATED ALWAYS AS (quantity * unit_cents) VIRTUAL,
    label text GENERATED ALWAYS AS ('line ' || id) STORED
);
