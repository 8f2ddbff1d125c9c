-- Creating a composite type and a column of that type.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
