-- Rule: UNIQUE NULLS NOT DISTINCT (PostgreSQL 15), on columns, tables and indexes;
-- NULLS DISTINCT is the default and is omitted by pg_dump.
CREATE TABLE api_keys (
    id         integer PRIMARY KEY,
    user_id    integer,
    scope      text,
    label      text UNIQUE NULLS NOT DISTINCT,
    revoked_at timestamptz,
    UNIQUE NULLS NOT DISTINCT (user_id, scope)
);

CREATE TABLE devices (
    id      integer PRIMARY KEY,
    serial  text,
    UNIQUE NULLS DISTINCT (serial)
);

CREATE UNIQUE INDEX api_keys_active_scope_idx
    ON api_keys (user_id, scope, revoked_at) NULLS NOT DISTINCT;
