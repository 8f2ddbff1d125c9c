-- Rule: unquoted identifiers fold to lower case.
-- pg_dump prints these as public.customeraccounts, accountid, ... (all lower case).
CREATE TABLE CustomerAccounts (
    AccountId    integer PRIMARY KEY,
    DisplayName  text NOT NULL,
    EMail        text UNIQUE,
    CreatedAt    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE AccountNotes (
    NoteId     integer PRIMARY KEY,
    AccountId  integer NOT NULL REFERENCES CustomerAccounts (AccountId),
    Body       text,
    CONSTRAINT UQ_AccountNotes_Body UNIQUE (AccountId, Body)
);

CREATE INDEX AccountNotes_AccountId_Idx ON AccountNotes (AccountId);
