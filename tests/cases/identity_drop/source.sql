-- Dropping identity from a column (the column stays NOT NULL).
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject text
);
