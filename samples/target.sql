-- The same shop, version 2: what the next release needs.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'refunded');

CREATE DOMAIN email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');

CREATE TABLE customers (
    id          serial PRIMARY KEY,
    email       email NOT NULL UNIQUE,
    full_name   varchar(200) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    marketing_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE products (
    id          serial PRIMARY KEY,
    sku         varchar(20) NOT NULL UNIQUE,
    title       text NOT NULL,
    price       numeric(12,2) NOT NULL CHECK (price >= 0),
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'new',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    note        text
);

CREATE TABLE order_lines (
    order_id    bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
    product_id  integer NOT NULL REFERENCES products,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE INDEX products_active_idx ON products (sku) WHERE active;

CREATE FUNCTION order_total(p_order bigint) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(quantity * unit_price), 0) FROM order_lines WHERE order_id = p_order $$;

CREATE VIEW order_summaries AS
    SELECT o.id, c.full_name, o.status, order_total(o.id) AS total, o.note
    FROM orders o JOIN customers c ON c.id = o.customer_id;

CREATE FUNCTION touch_placed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.placed_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch_placed_at();

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_visible ON orders FOR SELECT USING (status <> 'refunded');

COMMENT ON TABLE orders IS 'One row per checkout.';
COMMENT ON COLUMN orders.note IS 'Free text from the customer.';
