-- Dropping a standalone sequence nothing uses.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text
);
