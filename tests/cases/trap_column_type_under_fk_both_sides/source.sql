-- Trap: integer -> bigint on both the referenced PK and the referencing FK column.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
