-- Removing an output column from a view (forces drop + recreate).
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW order_summary AS
    SELECT id, total FROM orders;
