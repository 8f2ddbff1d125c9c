-- Column comments: one added, one changed, one removed.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL,
    status text NOT NULL,
    notes text
);

COMMENT ON COLUMN orders.placed_at IS 'When the customer confirmed the order';
COMMENT ON COLUMN orders.status IS 'One of: new, paid, shipped, cancelled';
