-- Creating a new schema with a table in it: target adds schema billing and billing.invoices.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    total numeric(12,2) NOT NULL DEFAULT 0
);
