CREATE SEQUENCE public.ticket_numbers INCREMENT BY 3;
CREATE TABLE public.tickets (
    id integer NOT NULL,
    number bigint DEFAULT nextval('public.ticket_numbers'::regclass) NOT NULL
);
CREATE TABLE public.support_tickets (
    id integer NOT NULL
) INHERITS (public.tickets);
