-- Trap: a new column, a new view reading it and a new index on it, all in one migration.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL
);
