-- Trap: a dropped column was only used in the view's WHERE clause (same output columns).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false,
    deleted_at timestamptz
);

CREATE VIEW live_users AS
    SELECT id, email FROM users WHERE NOT is_deleted;
