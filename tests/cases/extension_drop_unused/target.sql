-- Dropping an extension that nothing in the schema uses.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
