-- Dropping a materialized view that has an index and a comment.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);

CREATE MATERIALIZED VIEW sales_total AS SELECT sum(amount) AS total FROM sales;
CREATE INDEX sales_total_idx ON sales_total (total);
COMMENT ON MATERIALIZED VIEW sales_total IS 'Grand total';
