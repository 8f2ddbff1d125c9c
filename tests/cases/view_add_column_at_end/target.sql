-- Adding an output column at the end of a view.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL
);

CREATE VIEW order_summary AS
    SELECT id, status, total FROM orders;
