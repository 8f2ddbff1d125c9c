-- Enabling row level security on a table (no policy: default deny for non-owners).
CREATE TABLE secrets (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    value text
);

ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
