-- Creating a plain btree index and a multi-column index.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    placed_at timestamptz NOT NULL
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at);
