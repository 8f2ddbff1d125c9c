-- A column type changes (integer -> bigint) under a view that reads it.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance integer NOT NULL
);

CREATE VIEW rich_accounts AS
    SELECT id, balance FROM accounts WHERE balance > 1000000;
