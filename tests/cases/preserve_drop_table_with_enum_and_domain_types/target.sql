-- Dropping a table with an enum column and a domain column, together with the enum and the domain.
CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    name text NOT NULL
);
