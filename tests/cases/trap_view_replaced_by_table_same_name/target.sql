-- Trap: a view is replaced by a table with the same name (and the table gets an FK).
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE TABLE order_totals (
    order_id integer PRIMARY KEY REFERENCES orders (id),
    total numeric
);
