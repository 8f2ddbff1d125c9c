-- Dropping a table with a citext column together with the citext extension; the values come back as citext.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
