-- Switching a UNIQUE constraint to NULLS NOT DISTINCT (PostgreSQL 15).
CREATE TABLE devices (
    id integer PRIMARY KEY,
    serial_no text,
    vendor text,
    CONSTRAINT devices_vendor_serial_key UNIQUE NULLS NOT DISTINCT (vendor, serial_no)
);
