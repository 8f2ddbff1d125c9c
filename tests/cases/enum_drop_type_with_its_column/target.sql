-- Dropping an enum type together with the only column that used it (column first, then type).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
