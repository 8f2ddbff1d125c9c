-- Dropping a column that has an index and a CHECK on it.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
