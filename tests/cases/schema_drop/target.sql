-- Dropping a schema that holds a table, a view and a sequence: only public.events remains.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb
);
