-- Adding a NOT NULL column with a default (legal on a non-empty table too).
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    credit_limit numeric(12,2) NOT NULL DEFAULT 0
);
