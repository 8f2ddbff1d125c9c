-- Dropping a column that has an index and a CHECK on it.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    fax text CHECK (fax ~ '^[0-9+ ]*$')
);

CREATE INDEX customers_fax_idx ON customers (fax);
