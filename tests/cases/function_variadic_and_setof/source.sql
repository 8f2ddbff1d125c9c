-- Creating a VARIADIC function and a SETOF function over a table's row type.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL
);
