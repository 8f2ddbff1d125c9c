-- Creating expression indexes (lower(email), a jsonb field, a date_trunc on a timestamp).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    profile jsonb,
    created_at timestamp NOT NULL
);

CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE INDEX users_city_idx ON users ((profile ->> 'city'));
CREATE INDEX users_created_day_idx ON users (date_trunc('day', created_at));
