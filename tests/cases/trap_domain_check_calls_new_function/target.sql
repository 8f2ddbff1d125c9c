-- Trap: a domain gains a CHECK that calls a function created in the same migration.
CREATE FUNCTION isbn13_ok(v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT v ~ '^97[89][0-9]{10}$' $$;

CREATE DOMAIN isbn AS text CONSTRAINT isbn_format CHECK (isbn13_ok(VALUE));

CREATE TABLE books (
    id integer PRIMARY KEY,
    isbn isbn
);
