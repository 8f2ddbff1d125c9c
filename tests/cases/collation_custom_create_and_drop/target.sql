-- A custom libc collation a column and a domain use is dropped with them; a new one is created for a new column and an index.
CREATE COLLATION public.posix_order (provider = libc, lc_collate = 'POSIX', lc_ctype = 'C');

COMMENT ON COLLATION public.posix_order IS 'byte order';

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    sort_name text COLLATE public.posix_order
);

CREATE INDEX items_name_posix ON public.items (name COLLATE public.posix_order);
