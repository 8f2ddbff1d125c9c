-- Creating a materialized view with a unique index on it.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    amount numeric NOT NULL
);
