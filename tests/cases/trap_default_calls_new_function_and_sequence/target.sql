-- Trap: a new column's default calls a new function that reads a new sequence.
CREATE SEQUENCE invoice_number_seq START 1000;

CREATE FUNCTION next_invoice_number() RETURNS text
    LANGUAGE sql VOLATILE
AS $$ SELECT 'INV-' || lpad(nextval('invoice_number_seq')::text, 8, '0') $$;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    issued_on date NOT NULL DEFAULT CURRENT_DATE,
    number text NOT NULL DEFAULT next_invoice_number()
);
