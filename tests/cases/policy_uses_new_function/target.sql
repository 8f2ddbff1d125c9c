-- A policy changes to call a function created in the same migration.
CREATE FUNCTION current_tenant() RETURNS integer
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $$;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL
);

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant ON invoices
    USING (tenant_id = current_tenant());
