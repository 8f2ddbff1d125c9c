-- A view calls a function whose return type changes (view dropped, function dropped and recreated, view recreated).
CREATE TABLE products (
    id integer PRIMARY KEY,
    price_cents integer NOT NULL
);

CREATE FUNCTION to_euros(cents integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT cents / 100.0 $$;

CREATE VIEW product_prices AS
    SELECT id, to_euros(price_cents) AS price FROM products;
