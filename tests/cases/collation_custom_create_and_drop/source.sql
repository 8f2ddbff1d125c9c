-- A custom libc collation a column and a domain use is dropped with them; a new one is created for a new column and an index.
CREATE COLLATION public.old_c (provider = libc, locale = 'C');

CREATE DOMAIN public.code AS text COLLATE public.old_c;

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy text COLLATE public.old_c,
    legacy_code public.code
);
