-- Adding a nullable column with no default.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
