-- A policy changes to call a function created in the same migration.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL
);

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant ON invoices
    USING (tenant_id = current_setting('app.tenant_id')::integer);
