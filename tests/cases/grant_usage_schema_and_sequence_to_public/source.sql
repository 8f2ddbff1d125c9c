-- Granting USAGE on a schema and USAGE, SELECT on a sequence to PUBLIC.
CREATE SCHEMA shared;
CREATE SEQUENCE shared.ticket_seq;
