-- Setting NOT NULL on existing columns.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);
