-- No-op: no comments at all.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);
