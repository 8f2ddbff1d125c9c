-- Text search: a dictionary's options change, a configuration's mappings are added, changed and dropped, another configuration and dictionary are dropped.
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = snowball, language = english, stopwords = english);
CREATE TEXT SEARCH DICTIONARY public.numbers (TEMPLATE = simple, accept = false);

CREATE TEXT SEARCH CONFIGURATION public.app (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR asciiword, word WITH public.english_nostop, simple;
ALTER TEXT SEARCH CONFIGURATION public.app ALTER MAPPING FOR int, uint WITH public.numbers, simple;
ALTER TEXT SEARCH CONFIGURATION public.app DROP MAPPING FOR email, url;

COMMENT ON TEXT SEARCH CONFIGURATION public.app IS 'application search';

CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    body text
);
