-- Column comments: one added, one changed, one removed.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL,
    status text NOT NULL,
    notes text
);

COMMENT ON COLUMN orders.status IS 'Order status';
COMMENT ON COLUMN orders.notes IS 'Free text';
