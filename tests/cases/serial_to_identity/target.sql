-- Replacing a serial column with an identity column (default and owned sequence must go first).
CREATE TABLE tickets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject text
);
