-- Dropping a table whose name needs quoting ("Order Items") in a non-public schema that stays.
CREATE SCHEMA sales;

CREATE TABLE sales.orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL
);
