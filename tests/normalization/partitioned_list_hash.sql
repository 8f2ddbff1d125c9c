-- Rule: list and hash partitioning, and a sub-partitioned partition.
-- pg_dump prints FOR VALUES IN ('eu', 'uk') and FOR VALUES WITH (modulus 4, remainder 0).
CREATE TABLE customers (
    id      integer NOT NULL,
    region  text NOT NULL,
    name    text
) PARTITION BY LIST (region);

CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('eu', 'uk');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_other PARTITION OF customers
    FOR VALUES IN ('apac', 'latam') PARTITION BY HASH (id);
CREATE TABLE customers_other_0 PARTITION OF customers_other FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE customers_other_1 PARTITION OF customers_other FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE events (
    id       bigint NOT NULL,
    payload  jsonb
) PARTITION BY HASH (id);

CREATE TABLE events_p0 PARTITION OF events FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE events_p1 PARTITION OF events FOR VALUES WITH (modulus 2, remainder 1);
