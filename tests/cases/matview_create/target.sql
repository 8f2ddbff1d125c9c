-- Creating a materialized view with a unique index on it.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    sold_on date NOT NULL,
    amount numeric NOT NULL
);

CREATE MATERIALIZED VIEW daily_sales AS
    SELECT sold_on, sum(amount) AS total, count(*) AS n
    FROM sales
    GROUP BY sold_on;

CREATE UNIQUE INDEX daily_sales_sold_on_idx ON daily_sales (sold_on);
