-- Declared renames of a view, a sequence and an enum type (renames.txt).
CREATE TYPE feeling AS ENUM ('ok', 'sad');
CREATE SEQUENCE ticket_ids START 100;
CREATE TABLE tickets (id integer PRIMARY KEY DEFAULT nextval('ticket_ids'), state feeling NOT NULL DEFAULT 'ok');
CREATE VIEW happy_tickets AS SELECT id FROM tickets WHERE state = 'ok';
