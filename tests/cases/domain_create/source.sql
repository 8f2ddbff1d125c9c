-- Creating a domain with a CHECK and a new column that uses it.
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
