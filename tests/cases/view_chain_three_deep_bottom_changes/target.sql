-- A chain of three views where the bottom view loses a column the upper views never read.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL,
    internal_note text
);

CREATE VIEW v_orders AS
    SELECT id, customer, total FROM orders;

CREATE VIEW v_customer_totals AS
    SELECT customer, sum(total) AS total FROM v_orders GROUP BY customer;

CREATE VIEW v_top_customers AS
    SELECT customer, total FROM v_customer_totals WHERE total > 10000;
