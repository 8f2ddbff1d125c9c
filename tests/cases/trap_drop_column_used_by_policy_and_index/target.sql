-- Trap: a dropped column is used by a policy and a multi-column index that stay (changed) in the target.
CREATE TABLE files (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    path text NOT NULL
);

CREATE INDEX files_owner_group_idx ON files (owner_name);

ALTER TABLE files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_access ON files
    USING (owner_name = current_user);
