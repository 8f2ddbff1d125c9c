-- A CHECK constraint that calls a function created in the same migration.
CREATE TABLE iban_accounts (
    id integer PRIMARY KEY,
    iban text NOT NULL
);
