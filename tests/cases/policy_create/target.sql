-- Creating policies: a permissive SELECT policy and a restrictive policy with WITH CHECK.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL DEFAULT current_user,
    is_public boolean NOT NULL DEFAULT false,
    locked boolean NOT NULL DEFAULT false
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_read ON documents FOR SELECT TO PUBLIC
    USING (is_public OR owner_name = current_user);

CREATE POLICY documents_not_locked ON documents AS RESTRICTIVE FOR UPDATE
    USING (NOT locked) WITH CHECK (NOT locked);
