-- Creating policies: a permissive SELECT policy and a restrictive policy with WITH CHECK.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL DEFAULT current_user,
    is_public boolean NOT NULL DEFAULT false,
    locked boolean NOT NULL DEFAULT false
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
