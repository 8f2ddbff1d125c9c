-- Changing the name of a view's output column (CREATE OR REPLACE cannot: drop + recreate).
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE VIEW order_totals AS
    SELECT id, total AS amount FROM orders;
