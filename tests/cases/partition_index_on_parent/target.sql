-- Adding an index on a partitioned parent: every partition gets its own child index.
CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2024 PARTITION OF events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE INDEX events_kind_idx ON events (kind);
CREATE UNIQUE INDEX events_id_day_key ON events (id, happened_on);
