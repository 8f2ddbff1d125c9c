-- Adding a partition to a list-partitioned table, and a column to the parent.
CREATE TABLE customers (
    id bigint NOT NULL,
    region text NOT NULL,
    email text
) PARTITION BY LIST (region);

CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
CREATE TABLE customers_uk PARTITION OF customers FOR VALUES IN ('uk');
