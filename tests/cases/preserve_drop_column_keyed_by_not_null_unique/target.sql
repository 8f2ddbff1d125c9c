-- Dropping a column from a table that has no primary key, only a NOT NULL unique constraint to match its rows by.
CREATE TABLE countries (
    iso_code char(2) NOT NULL,
    name text NOT NULL,
    CONSTRAINT countries_iso_code_key UNIQUE (iso_code)
);
