-- Replacing a serial column with an identity column (default and owned sequence must go first).
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    subject text
);
