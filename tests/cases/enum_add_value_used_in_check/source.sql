-- Adding an enum value that a new CHECK constraint and a partial index mention.
CREATE TYPE plan AS ENUM ('free', 'pro');

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan plan NOT NULL,
    seats integer NOT NULL DEFAULT 1
);
