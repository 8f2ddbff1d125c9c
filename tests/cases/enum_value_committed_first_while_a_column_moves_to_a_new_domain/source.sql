-- An enum value the script uses is committed before the transaction, and the transaction's
-- pre-flights run once before it: the conversion check of a column moving to a domain that the
-- transaction creates cannot run there (the domain is not there yet) and must not refuse the
-- migration for it; it runs in the transaction, after the domain is made.
CREATE TYPE mood AS ENUM ('ok', 'bad');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    feeling mood DEFAULT 'ok',
    entry varchar(200)
);
