-- Creating a range-partitioned table with two partitions and a default partition.
CREATE TABLE devices (
    id integer PRIMARY KEY
);

CREATE TABLE measurements (
    device_id integer NOT NULL REFERENCES devices (id),
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (device_id, taken_at)
) PARTITION BY RANGE (taken_at);

CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE measurements_2025 PARTITION OF measurements
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
