-- Dropping a column whose default draws from a standalone sequence, and the sequence; both come back, the sequence at its position.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    issued_on date NOT NULL
);
