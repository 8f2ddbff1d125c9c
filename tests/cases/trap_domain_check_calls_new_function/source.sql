-- Trap: a domain gains a CHECK that calls a function created in the same migration.
CREATE DOMAIN isbn AS text;

CREATE TABLE books (
    id integer PRIMARY KEY,
    isbn isbn
);
