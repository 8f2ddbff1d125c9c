-- Dropping a column whose default draws from a standalone sequence, and the sequence; both come back, the sequence at its position.
CREATE SEQUENCE invoice_number_seq START 10000;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    legacy_number integer NOT NULL DEFAULT nextval('invoice_number_seq'),
    issued_on date NOT NULL
);
