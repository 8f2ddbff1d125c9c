-- Trap: a table is replaced by a view with the same name.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE VIEW order_totals AS
    SELECT id AS order_id, total FROM orders WHERE NOT archived;
