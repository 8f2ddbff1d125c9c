-- PostgreSQL 18: ALTER CONSTRAINT ... NOT ENFORCED in a schema file; an enforced foreign key
-- becomes one that is not.
CREATE TABLE authors (
    id integer PRIMARY KEY
);
CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer CONSTRAINT books_author_fk REFERENCES authors (id)
);
