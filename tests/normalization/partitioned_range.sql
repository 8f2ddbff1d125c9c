-- Rule: range-partitioned table with partitions created as PARTITION OF.
-- pg_dump prints each partition as a plain CREATE TABLE with all columns, then
-- ALTER TABLE ONLY parent ATTACH PARTITION child FOR VALUES ...; the parent's PK and
-- index are cloned on each partition (<child>_pkey, <child>_<col>_idx) and attached
-- with ALTER INDEX parent_idx ATTACH PARTITION child_idx.
CREATE TABLE measurements (
    id         bigint NOT NULL,
    taken_on   date NOT NULL,
    sensor     text,
    value      numeric,
    PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);

CREATE TABLE measurements_2023 PARTITION OF measurements
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_rest PARTITION OF measurements DEFAULT;

CREATE INDEX ON measurements (sensor);
