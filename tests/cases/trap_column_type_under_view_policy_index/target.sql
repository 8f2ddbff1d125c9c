-- Trap: one column (integer -> bigint) is read by a view, a policy, an index, a partial index and a CHECK.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    tenant_id bigint NOT NULL CHECK (tenant_id > 0),
    balance numeric NOT NULL DEFAULT 0
);

CREATE INDEX accounts_tenant_idx ON accounts (tenant_id);
CREATE INDEX accounts_big_tenants_idx ON accounts (balance) WHERE tenant_id < 1000;

CREATE VIEW tenant_balances AS
    SELECT tenant_id, sum(balance) AS balance FROM accounts GROUP BY tenant_id;

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_tenant ON accounts
    USING (tenant_id = current_setting('app.tenant_id', true)::integer);
