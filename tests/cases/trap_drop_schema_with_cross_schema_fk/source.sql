-- Trap: a schema is dropped while a public table referenced one of its tables (FK removed in target).
CREATE SCHEMA legacy;

CREATE TABLE legacy.countries (
    code char(2) PRIMARY KEY
);

CREATE TABLE addresses (
    id integer PRIMARY KEY,
    country char(2) REFERENCES legacy.countries (code)
);
