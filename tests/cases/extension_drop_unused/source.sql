-- Dropping an extension that nothing in the schema uses.
CREATE EXTENSION btree_gist;

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
