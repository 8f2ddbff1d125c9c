-- PostgreSQL 16: SQL/JSON constructors and the IS JSON predicate in defaults, checks and views.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL
);
