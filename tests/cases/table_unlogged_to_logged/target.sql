-- Turning an UNLOGGED table into a logged one.
CREATE TABLE session_cache (
    session_id uuid PRIMARY KEY,
    data jsonb,
    expires_at timestamptz NOT NULL
);
