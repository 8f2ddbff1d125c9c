-- Column-level grants to PUBLIC: SELECT on some columns, UPDATE on one.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    salary numeric(10,2),
    phone text
);

GRANT SELECT (id, full_name, phone) ON employees TO PUBLIC;
GRANT UPDATE (phone) ON employees TO PUBLIC;
