-- Trap: a referenced table is dropped while the referencing table stays (its FK must go first).
CREATE TABLE currencies (
    code char(3) PRIMARY KEY
);

CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency char(3) NOT NULL REFERENCES currencies (code),
    amount numeric NOT NULL
);
