-- Dropping a sequence that a trigger advanced on every insert (with the trigger and its function); the rollback puts its position back.
CREATE TABLE receipts (
    id integer PRIMARY KEY,
    receipt_number bigint,
    total numeric(10,2) NOT NULL
);
