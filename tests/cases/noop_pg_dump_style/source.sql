-- No-op: a hand-written schema.
CREATE TABLE customers (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX customers_created_at_idx ON customers (created_at DESC);
