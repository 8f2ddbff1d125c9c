-- Changing a policy's command (FOR SELECT -> FOR ALL) and kind (permissive -> restrictive): drop + create.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    tenant text NOT NULL
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_owner ON documents FOR SELECT
    USING (owner_name = current_user);

CREATE POLICY documents_tenant ON documents
    USING (tenant = current_setting('app.tenant', true));
