-- Adding a UNIQUE constraint, single and multi-column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    tenant_id integer NOT NULL,
    login text NOT NULL,
    CONSTRAINT users_tenant_login_key UNIQUE (tenant_id, login)
);
