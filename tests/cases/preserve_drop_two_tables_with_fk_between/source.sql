-- Dropping two tables with serial keys where one references the other (and a kept table); their rows are held and come back.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE
);

CREATE TABLE carts (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_items (
    id bigserial PRIMARY KEY,
    cart_id integer NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    sku text NOT NULL,
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0)
);

CREATE INDEX cart_items_cart_id_idx ON cart_items (cart_id);
