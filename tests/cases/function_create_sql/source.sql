-- Creating a SQL function.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);
