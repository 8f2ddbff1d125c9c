-- A table joins a parent whose column takes its default from a sequence: INHERIT adds the column
-- to the child and fills the child's rows from the sequence. The rollback sets the sequence back
-- to where it was (nothing else took a value meanwhile).
CREATE SEQUENCE public.ticket_numbers INCREMENT BY 3;
CREATE TABLE public.tickets (
    id integer NOT NULL,
    number bigint DEFAULT nextval('public.ticket_numbers'::regclass) NOT NULL
);
CREATE TABLE public.support_tickets (
    id integer NOT NULL
);
