-- Making a domain NOT NULL.
CREATE DOMAIN nonempty_text AS text NOT NULL CHECK (VALUE <> '');

CREATE TABLE labels (
    id integer PRIMARY KEY,
    caption nonempty_text
);
