-- Trap: a schema is dropped while a public table referenced one of its tables (FK removed in target).
CREATE TABLE addresses (
    id integer PRIMARY KEY,
    country char(2)
);
