-- Creating expression indexes (lower(email), a jsonb field, a date_trunc on a timestamp).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    profile jsonb,
    created_at timestamp NOT NULL
);
