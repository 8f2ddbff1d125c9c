-- Adding and changing INCLUDE columns of covering indexes.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    balance numeric
);

CREATE INDEX accounts_email_idx ON accounts (email);
CREATE UNIQUE INDEX accounts_email_name_idx ON accounts (email) INCLUDE (name);
