-- Rule: SQL-language functions: default arguments, OUT parameters, RETURNS TABLE,
-- RETURNS SETOF. pg_dump prints arguments as "name type DEFAULT expr" (string defaults
-- cast: 'x'::text), OUT params as "OUT name type", RETURNS TABLE(col type, ...) and
-- RETURNS SETOF public.t.
CREATE TABLE products (
    id     integer PRIMARY KEY,
    name   text NOT NULL,
    price  numeric(10,2) NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE FUNCTION price_with_tax(price numeric, rate numeric DEFAULT 0.2)
RETURNS numeric LANGUAGE sql IMMUTABLE
AS $$ SELECT price * (1 + rate) $$;

CREATE FUNCTION greet(who text DEFAULT 'world', times int DEFAULT 1)
RETURNS text LANGUAGE sql
AS $$ SELECT repeat('hello ' || who || ' ', times) $$;

CREATE FUNCTION price_stats(OUT min_price numeric, OUT max_price numeric, OUT n bigint)
LANGUAGE sql STABLE
AS $$ SELECT min(price), max(price), count(*) FROM products $$;

CREATE FUNCTION cheap_products(max_price numeric)
RETURNS TABLE (product_id int, product_name text)
LANGUAGE sql STABLE
AS $$ SELECT id, name FROM products WHERE price <= max_price $$;

CREATE FUNCTION active_products() RETURNS SETOF products
LANGUAGE sql STABLE
AS $$ SELECT * FROM products WHERE active $$;

CREATE FUNCTION split_name(full_name text, OUT first_part text, OUT rest text)
LANGUAGE sql IMMUTABLE
AS $$ SELECT split_part(full_name, ' ', 1), substr(full_name, strpos(full_name, ' ') + 1) $$;
