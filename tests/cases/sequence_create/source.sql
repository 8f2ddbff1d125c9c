-- Creating a standalone sequence with options.
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number text
);
