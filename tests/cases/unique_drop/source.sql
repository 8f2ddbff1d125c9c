-- Dropping a UNIQUE constraint.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    nickname text UNIQUE
);
