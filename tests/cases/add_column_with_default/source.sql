-- Adding columns with constant and volatile defaults.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
