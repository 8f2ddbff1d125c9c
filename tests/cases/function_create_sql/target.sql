-- Creating a SQL function.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE FUNCTION order_total(p_id integer) RETURNS numeric
    LANGUAGE sql STABLE
AS $$
    SELECT total FROM orders WHERE id = p_id
$$;
