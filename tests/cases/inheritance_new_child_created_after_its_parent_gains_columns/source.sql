-- The child moves to another schema (a new table there, its rows held and written back) while
-- its parent swaps a column for another. CREATE TABLE ... INHERITS takes the parent's columns as
-- they are then, so the child is made after the parent gains its column, in both directions.
CREATE SCHEMA archive_2023;
CREATE TABLE public.events (
    id integer NOT NULL,
    note text
);
CREATE TABLE archive_2023.events_old (
    kind text DEFAULT 'none'
) INHERITS (public.events);
