-- Turning a plain integer column into an identity column.
CREATE TABLE tickets (
    id integer NOT NULL PRIMARY KEY,
    subject text
);
