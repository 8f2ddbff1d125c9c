-- A column added to a table with rows, its default nextval() of a kept sequence: ADD COLUMN moves the sequence on; the rollback sets it back.
CREATE SEQUENCE ticket_numbers INCREMENT BY 3;
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text,
    number integer DEFAULT nextval('ticket_numbers'::regclass)
);
