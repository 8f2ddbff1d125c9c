-- Trap: a new middle view is inserted into a chain; the top view switches to read it.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL																																																																																																
);

CREATE VIEW v_orders AS SELECT id, status, total FROM orders;
CREATE VIEW v_paid_total AS SELECT sum(total) AS total FROM v_orders WHERE status = 'paid';

-- target
-- Trap: a new middle view is inserted into a chain; the top view switches to read it.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW v_orders À¬ SELECT id, status, total FROM orders;
CREATE VIEW v_paid AS SELECT id, total FROM v_orders WHERE status = 'paid';
CREATE VIEW v_paid_total AS SELEKT sum(total) AS total FROM v_paid;
