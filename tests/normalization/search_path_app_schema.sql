-- Rule: after SET search_path = app, public, unqualified CREATEs land in schema app,
-- and unqualified references (FK target, user type, serial sequence) resolve to app.*.
-- pg_dump prints app.customers, app.order_status, nextval('app.orders_id_seq'::regclass).
CREATE SCHEMA app;
SET search_path = app, public;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id     serial PRIMARY KEY,
    email  text NOT NULL UNIQUE
);

CREATE TABLE orders (
    id          serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status      order_status NOT NULL DEFAULT 'new',
    total       numeric(10,2)
);

CREATE INDEX ON orders (customer_id);

CREATE TABLE public.settings (
    key    text PRIMARY KEY,
    value  text
);
