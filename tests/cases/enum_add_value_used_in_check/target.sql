-- Adding an enum value that a new CHECK constraint and a partial index mention.
CREATE TYPE plan AS ENUM ('free', 'pro', 'enterprise');

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan plan NOT NULL,
    seats integer NOT NULL DEFAULT 1,
    CONSTRAINT subscriptions_seats_check CHECK (plan = 'enterprise' OR seats <= 50)
);

CREATE INDEX subscriptions_enterprise_idx ON subscriptions (id) WHERE plan = 'enterprise';
