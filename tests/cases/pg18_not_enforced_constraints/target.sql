-- PostgreSQL 18: CHECK and FOREIGN KEY constraints that are declared but NOT ENFORCED.
CREATE TABLE customers (
    id integer PRIMARY KEY
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    amount integer,
    CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT ENFORCED,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT ENFORCED
);
