-- Dropping an enum type that nothing uses.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
