-- Forcing row level security (applies to the table owner too) on one table, unforcing on another.
CREATE TABLE secrets (
    id integer PRIMARY KEY,
    owner_name text NOT NULL
);

CREATE TABLE notes (
    id integer PRIMARY KEY,
    owner_name text NOT NULL
);

ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
