-- Creating a list-partitioned table with partitions and a parent-level primary key.
CREATE TABLE regions (
    code text PRIMARY KEY
);

CREATE TABLE customers (
    id bigint NOT NULL,
    region text NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);

CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_other PARTITION OF customers DEFAULT;
