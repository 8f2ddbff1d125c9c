-- Trap: a three-view chain where the middle view must be dropped and re-added (output column renamed).
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW v_orders AS SELECT id, customer, total FROM orders;
CREATE VIEW v_by_customer AS SELECT customer, sum(total) AS amount FROM v_orders GROUP BY customer;
CREATE VIEW v_report AS SELECT customer FROM v_by_customer WHERE amount > 100;
