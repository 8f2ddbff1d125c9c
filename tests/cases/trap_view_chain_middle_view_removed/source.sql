-- Trap: the middle view of a chain is removed and the top view now reads the bottom view directly.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW v_orders AS SELECT id, status, total FROM orders;
CREATE VIEW v_paid AS SELECT id, total FROM v_orders WHERE status = 'paid';
CREATE VIEW v_paid_total AS SELECT sum(total) AS total FROM v_paid;
