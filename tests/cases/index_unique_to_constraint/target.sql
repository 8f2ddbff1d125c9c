-- Replacing a unique index with a UNIQUE constraint of another name on the same column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
