-- Replacing a unique index with a UNIQUE constraint of another name on the same column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE UNIQUE INDEX users_email_uidx ON users (email);
