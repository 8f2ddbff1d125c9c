-- An enum value the script uses is committed before the transaction, and the transaction's
-- pre-flights run once before it: the conversion check of a column moving to a domain that the
-- transaction creates cannot run there (the domain is not there yet) and must not refuse the
-- migration for it; it runs in the transaction, after the domain is made.
CREATE TYPE mood AS ENUM ('great', 'ok', 'bad');

CREATE DOMAIN short_text AS varchar(200) CHECK (VALUE <> '');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    feeling mood DEFAULT 'great',
    entry short_text
);
