-- Creating a standalone sequence with options.
CREATE SEQUENCE invoice_number_seq
    AS integer
    START WITH 1000
    INCREMENT BY 1
    MINVALUE 1000
    MAXVALUE 999999
    CACHE 1;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text
);
