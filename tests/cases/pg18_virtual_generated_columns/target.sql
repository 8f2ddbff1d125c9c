-- PostgreSQL 18: generated columns computed when read (VIRTUAL, the default without a keyword).
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    net_cents integer NOT NULL,
    vat_percent integer NOT NULL DEFAULT 20,
    vat_cents integer GENERATED ALWAYS AS (net_cents * vat_percent / 100) VIRTUAL,
    gross_cents integer GENERATED ALWAYS AS (net_cents + net_cents * vat_percent / 100)
);
