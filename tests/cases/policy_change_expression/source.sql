-- Changing a policy's USING and WITH CHECK expressions (ALTER POLICY can do it).
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    team text
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_owner ON documents
    USING (owner_name = current_user);
