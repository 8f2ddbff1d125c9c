-- A SQL-standard function body (BEGIN ATOMIC) that changes; it tracks its dependencies.
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric NOT NULL
);

CREATE FUNCTION product_price(p integer) RETURNS numeric
    LANGUAGE sql STABLE
    RETURN (SELECT price FROM products WHERE id = p);
