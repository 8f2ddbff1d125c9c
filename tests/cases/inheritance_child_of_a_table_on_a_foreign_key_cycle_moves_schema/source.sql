-- Two tables on a foreign-key cycle and a child of one of them all move to a new schema. The
-- cycle's tables are ordered as a group; the child, whose name sorts first, still comes after
-- its parent.
CREATE SCHEMA sales;
CREATE TABLE sales.customers (
    id bigint NOT NULL,
    best_order integer
);
CREATE TABLE sales.orders (
    id integer NOT NULL,
    customer_id bigint
);
CREATE TABLE sales.big_orders (
    approved_by text
) INHERITS (sales.orders);
ALTER TABLE sales.customers ADD PRIMARY KEY (id);
ALTER TABLE sales.orders ADD PRIMARY KEY (id);
ALTER TABLE sales.customers ADD CONSTRAINT customers_best_order_fkey FOREIGN KEY (best_order) REFERENCES sales.orders (id) ON DELETE SET NULL;
ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers (id);
