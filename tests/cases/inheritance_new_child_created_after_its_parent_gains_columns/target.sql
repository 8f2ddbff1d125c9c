CREATE SCHEMA history;
CREATE TABLE public.events (
    id integer NOT NULL,
    remark text
);
CREATE TABLE history.events_old (
    kind text DEFAULT 'none'
) INHERITS (public.events);
