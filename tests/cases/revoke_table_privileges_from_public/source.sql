-- Revoking some (not all) table privileges that PUBLIC had.
CREATE TABLE countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON countries TO PUBLIC;
