-- A new text search configuration is used by a new expression index and a generated column; the rollback drops them before it.
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = snowball, language = english);

CREATE TEXT SEARCH CONFIGURATION public.articles_cfg (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.articles_cfg ALTER MAPPING FOR asciiword WITH public.english_nostop;

CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public.articles_cfg'::regconfig, coalesce(body, ''))) STORED
);

CREATE INDEX articles_title_fts ON public.articles USING gin (to_tsvector('public.articles_cfg'::regconfig, title));
