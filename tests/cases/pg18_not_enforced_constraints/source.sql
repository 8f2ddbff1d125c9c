-- PostgreSQL 18: CHECK and FOREIGN KEY constraints that are declared but NOT ENFORCED.
CREATE TABLE customers (
    id integer PRIMARY KEY
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    amount integer
);
