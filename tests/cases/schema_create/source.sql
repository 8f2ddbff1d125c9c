-- Creating a new schema with a table in it: source has only public.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
