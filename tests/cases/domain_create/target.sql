-- Creating a domain with a CHECK and a new column that uses it.
CREATE DOMAIN email_address AS text
    CONSTRAINT email_address_check CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');

CREATE TABLE contacts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email email_address
);
