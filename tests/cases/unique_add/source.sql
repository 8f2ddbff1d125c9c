-- Adding a UNIQUE constraint, single and multi-column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    tenant_id integer NOT NULL,
    login text NOT NULL
);
