-- A column DEFAULT that calls a function created in the same migration.
CREATE FUNCTION new_order_reference() RETURNS text
    LANGUAGE sql VOLATILE
AS $$ SELECT 'ORD-' || to_char(now(), 'YYYYMMDD') || '-' || substr(md5(random()::text), 1, 6) $$;

CREATE TABLE orders (
    id integer PRIMARY KEY,
    reference text DEFAULT new_order_reference()
);
