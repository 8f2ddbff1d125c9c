CREATE SCHEMA shop;
CREATE TABLE shop.customers (
    id bigint NOT NULL,
    best_order integer
);
CREATE TABLE shop.orders (
    id integer NOT NULL,
    customer_id bigint
);
CREATE TABLE shop.big_orders (
    approved_by text
) INHERITS (shop.orders);
ALTER TABLE shop.customers ADD PRIMARY KEY (id);
ALTER TABLE shop.orders ADD PRIMARY KEY (id);
ALTER TABLE shop.customers ADD CONSTRAINT customers_best_order_fkey FOREIGN KEY (best_order) REFERENCES shop.orders (id) ON DELETE SET NULL;
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id);
