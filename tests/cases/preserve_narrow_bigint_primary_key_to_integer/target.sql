-- Narrowing a bigint primary key and the foreign key column referencing it to integer; the key matches its rows by value.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE account_events (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    kind text NOT NULL
);

CREATE INDEX account_events_account_id_idx ON account_events (account_id);
