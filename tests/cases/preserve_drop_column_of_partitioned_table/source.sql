-- Dropping a column of a hash-partitioned table keyed by a primary key; values of every partition are held and come back.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    debug_payload jsonb,
    PRIMARY KEY (id)
) PARTITION BY HASH (id);

CREATE TABLE events_p0 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE events_p1 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 1);
