-- A SQL-standard function body (BEGIN ATOMIC) that changes; it tracks its dependencies.
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric NOT NULL
);

CREATE FUNCTION product_price(p integer) RETURNS numeric
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(price, 0) FROM products WHERE id = p;
END;
