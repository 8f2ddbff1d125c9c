-- A policy reads a column whose type changes (varchar(30) -> text): policy dropped and recreated around it.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name varchar(30) NOT NULL
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner_name = current_user);
