-- PostgreSQL 17: SQL/JSON query functions (JSON_VALUE, JSON_QUERY, JSON_EXISTS, JSON_TABLE) in
-- defaults, checks, generated columns and views.
CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL
);
