-- Creating a new table with a PK, defaults, a CHECK and an FK to an existing table.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
