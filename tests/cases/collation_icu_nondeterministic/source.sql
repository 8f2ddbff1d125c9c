-- An ICU nondeterministic (case-insensitive) collation is created and a column and a unique index move to it.
CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
