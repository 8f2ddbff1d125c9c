-- An index on a table in a non-public schema changes its operator class.
CREATE SCHEMA search;

CREATE TABLE search.terms (
    id integer PRIMARY KEY,
    term text NOT NULL
);

CREATE INDEX terms_term_idx ON search.terms (term);
