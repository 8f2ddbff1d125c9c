-- Dropping a standalone sequence nothing uses.
CREATE SEQUENCE legacy_counter START 50;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text
);
