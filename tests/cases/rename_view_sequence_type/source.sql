-- Declared renames of a view, a sequence and an enum type (renames.txt).
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE SEQUENCE ticket_numbers START 100;
CREATE TABLE tickets (id integer PRIMARY KEY DEFAULT nextval('ticket_numbers'), state mood NOT NULL DEFAULT 'ok');
CREATE VIEW open_tickets AS SELECT id FROM tickets WHERE state = 'ok';
