-- Text search: a dictionary's options change, a configuration's mappings are added, changed and dropped, another configuration and dictionary are dropped.
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH DICTIONARY public.old_simple (TEMPLATE = simple, stopwords = english);

CREATE TEXT SEARCH CONFIGURATION public.app (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.app ADD MAPPING FOR asciiword, word WITH public.english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.app ADD MAPPING FOR email WITH simple;

CREATE TEXT SEARCH CONFIGURATION public.legacy (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.legacy ADD MAPPING FOR asciiword WITH public.old_simple;

CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    body text
);
