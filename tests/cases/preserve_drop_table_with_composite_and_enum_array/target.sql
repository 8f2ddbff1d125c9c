-- Dropping a table with a composite-typed column and an array-of-enum column, together with both types.
CREATE TABLE brands (
    id integer PRIMARY KEY,
    name text NOT NULL
);
