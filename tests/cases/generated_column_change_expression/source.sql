-- Changing the expression of a stored generated column (PostgreSQL 15 has no SET EXPRESSION).
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
);
