-- Dropping NOT NULL from a domain.
CREATE DOMAIN nonempty_text AS text NOT NULL CHECK (VALUE <> '');

CREATE TABLE tags (
    id integer PRIMARY KEY,
    label nonempty_text
);
