-- Adding a partition that is itself partitioned (range by year, then list by kind).
CREATE TABLE logs (
    logged_on date NOT NULL,
    kind text NOT NULL,
    message text
) PARTITION BY RANGE (logged_on);

CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
