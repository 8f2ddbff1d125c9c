-- Creating an empty schema (nothing else changes).
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);
