-- Turning an UNLOGGED table into a logged one.
CREATE UNLOGGED TABLE session_cache (
    session_id uuid PRIMARY KEY,
    data jsonb,
    expires_at timestamptz NOT NULL
);
