-- Removing an enum value from a type used by two tables, a column default and an index.
CREATE TYPE currency AS ENUM ('EUR', 'USD', 'FRF', 'GBP');

CREATE TABLE prices (
    id integer PRIMARY KEY,
    cur currency NOT NULL DEFAULT 'EUR',
    amount numeric NOT NULL
);

CREATE INDEX prices_cur_idx ON prices (cur);

CREATE TABLE wallets (
    id integer PRIMARY KEY,
    cur currency
);
