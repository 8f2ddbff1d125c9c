-- Dropping NOT NULL from an existing column.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    coupon text DEFAULT ''
);
