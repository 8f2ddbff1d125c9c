-- Changing a materialized view's query: it is dropped and recreated, and its indexes with it.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric NOT NULL
);

CREATE MATERIALIZED VIEW daily_sales AS
    SELECT sold_on, region, sum(amount) AS total FROM sales GROUP BY sold_on, region;

CREATE UNIQUE INDEX daily_sales_sold_on_idx ON daily_sales (sold_on, region);
CREATE INDEX daily_sales_total_idx ON daily_sales (total DESC);
