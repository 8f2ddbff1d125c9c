-- Trap: a column type change on a partitioned parent (partitions follow) that a materialized view reads.
CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    qty integer NOT NULL
) PARTITION BY RANGE (sold_on);

CREATE TABLE sales_2024 PARTITION OF sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales_2025 PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE MATERIALIZED VIEW monthly_qty AS
    SELECT date_trunc('month', sold_on) AS month, sum(qty) AS qty FROM sales GROUP BY 1;
