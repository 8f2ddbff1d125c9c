-- Changing the columns of an index that keeps its name.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    placed_at timestamptz NOT NULL
);

CREATE INDEX orders_lookup_idx ON orders (customer_id, placed_at);
