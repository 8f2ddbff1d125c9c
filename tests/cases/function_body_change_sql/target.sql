-- Changing the body of a SQL function used by a view (CREATE OR REPLACE keeps the view).
CREATE FUNCTION vat(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT round(amount * 0.21, 2) $$;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    net numeric NOT NULL
);

CREATE VIEW invoice_vat AS SELECT id, net, vat(net) AS vat FROM invoices;
