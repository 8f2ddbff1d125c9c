-- No-op: a view written with SELECT * and AS aliases.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE VIEW all_orders AS SELECT * FROM orders;
CREATE VIEW big_orders AS SELECT o.id AS id FROM orders AS o WHERE o.total > 100;
