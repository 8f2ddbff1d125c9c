-- Trap: a referenced table is dropped while the referencing table stays (its FK must go first).
CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency char(3) NOT NULL,
    amount numeric NOT NULL
);
