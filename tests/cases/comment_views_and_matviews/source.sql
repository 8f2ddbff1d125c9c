-- Comments on a view, a view column and a materialized view (add and change).
CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric NOT NULL
);

CREATE VIEW big_sales AS SELECT id, region, amount FROM sales WHERE amount > 1000;

CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, sum(amount) AS total FROM sales GROUP BY region;

COMMENT ON VIEW big_sales IS 'Large sales';
