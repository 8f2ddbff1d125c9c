-- Trap: a view is replaced by a table with the same name (and the table gets an FK).
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE VIEW order_totals AS SELECT id AS order_id, total FROM orders;
