-- Trap: a dropped column was only used in the view's WHERE clause (same output columns).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz
);

CREATE VIEW live_users AS
    SELECT id, email FROM users WHERE deleted_at IS NULL;
