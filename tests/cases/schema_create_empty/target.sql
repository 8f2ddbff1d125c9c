-- Creating an empty schema (nothing else changes).
CREATE SCHEMA archive;

CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);
