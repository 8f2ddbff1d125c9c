-- Making an existing index UNIQUE (same name and columns).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE UNIQUE INDEX users_email_idx ON users (email);
