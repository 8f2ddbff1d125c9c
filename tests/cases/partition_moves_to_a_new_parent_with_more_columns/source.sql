-- A partition moves from a partitioned table in one schema to a new one in another that has one
-- more column. The new parent's CREATE TABLE does not reach the partition, so the partition is
-- given the column before it is attached, and loses it again on the way back.
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint NOT NULL
) PARTITION BY RANGE (id);
CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices FOR VALUES FROM (1000) TO (2000);
ALTER TABLE billing.invoices ADD PRIMARY KEY (id);
