-- No-op: the same views with explicit columns and no redundant AS.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE VIEW all_orders AS SELECT orders.id, orders.total FROM orders;
CREATE VIEW big_orders AS SELECT o.id FROM orders o WHERE (o.total > (100)::numeric);
