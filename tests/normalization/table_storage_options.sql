-- Rule: UNLOGGED and storage parameters.
-- pg_dump prints WITH (fillfactor='70') (values quoted) and CREATE UNLOGGED TABLE.
CREATE UNLOGGED TABLE cache_entries (
    key        text PRIMARY KEY,
    value      bytea,
    expires_at timestamptz
);

CREATE TABLE hot_counters (
    id     integer PRIMARY KEY,
    hits   bigint NOT NULL DEFAULT 0
) WITH (fillfactor=70);

CREATE TABLE append_only_log (
    id     bigint,
    line   text
) WITH (fillfactor = 100, autovacuum_enabled = false);

CREATE INDEX hot_counters_hits_idx ON hot_counters (hits) WITH (fillfactor = 80);
