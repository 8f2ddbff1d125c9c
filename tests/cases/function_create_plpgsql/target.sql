-- Creating a plpgsql function with OUT parameters.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);

CREATE FUNCTION order_stats(OUT n bigint, OUT avg_total numeric)
    LANGUAGE plpgsql STABLE
AS $$
BEGIN
    SELECT count(*), avg(total) INTO n, avg_total FROM orders;
END;
$$;
