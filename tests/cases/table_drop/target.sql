-- Dropping a table that has a bigserial sequence, an index and a comment.
CREATE TABLE users (
    id integer PRIMARY KEY
);
