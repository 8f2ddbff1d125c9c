-- Dropping a table that has a bigserial sequence, an index and a comment.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    message text
);

CREATE INDEX audit_log_happened_at_idx ON audit_log (happened_at);
COMMENT ON TABLE audit_log IS 'Old audit trail';

CREATE TABLE users (
    id integer PRIMARY KEY
);
