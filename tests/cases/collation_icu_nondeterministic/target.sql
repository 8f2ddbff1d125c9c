-- An ICU nondeterministic (case-insensitive) collation is created and a column and a unique index move to it.
CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text COLLATE public.case_insensitive NOT NULL
);

CREATE INDEX users_email ON public.users (email);
