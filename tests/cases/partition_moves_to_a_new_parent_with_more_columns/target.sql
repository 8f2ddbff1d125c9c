CREATE SCHEMA billing;
CREATE TABLE public.invoices (
    id bigint NOT NULL,
    customer_id integer
) PARTITION BY RANGE (id);
CREATE TABLE billing.invoices_2025 PARTITION OF public.invoices FOR VALUES FROM (1000) TO (2000);
ALTER TABLE public.invoices ADD PRIMARY KEY (id);
