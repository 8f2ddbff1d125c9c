-- Dropping one of two policies.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    is_public boolean NOT NULL DEFAULT false
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner_name = current_user);
CREATE POLICY documents_public ON documents FOR SELECT USING (is_public);
