-- Changing a view's body without changing its output columns.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW open_orders AS
    SELECT id, total FROM orders WHERE status IN ('open', 'pending') ORDER BY id;
