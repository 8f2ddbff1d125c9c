-- Trap: a new column's default calls a new function that reads a new sequence.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);
