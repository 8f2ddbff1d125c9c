-- Dropping identity from a column (the column stays NOT NULL).
CREATE TABLE tickets (
    id integer NOT NULL PRIMARY KEY,
    subject text
);
