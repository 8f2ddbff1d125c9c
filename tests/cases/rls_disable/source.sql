-- Disabling row level security while keeping its policy defined.
CREATE TABLE secrets (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    value text
);

ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY secrets_owner ON secrets USING (owner_name = current_user);
