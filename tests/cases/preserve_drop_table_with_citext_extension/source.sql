-- Dropping a table with a citext column together with the citext extension; the values come back as citext.
CREATE EXTENSION citext;

CREATE TABLE newsletter_signups (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    signed_up_on date NOT NULL
);

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
