-- Dropping a view.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000;
