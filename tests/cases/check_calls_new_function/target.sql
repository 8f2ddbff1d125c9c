-- A CHECK constraint that calls a function created in the same migration.
CREATE FUNCTION is_valid_iban(v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT v ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' $$;

CREATE TABLE iban_accounts (
    id integer PRIMARY KEY,
    iban text NOT NULL,
    CONSTRAINT iban_accounts_iban_check CHECK (is_valid_iban(iban))
);
