-- A column moves from one custom collation to another that both sides define; the rollback moves it back.
CREATE COLLATION public.coll_a (provider = libc, locale = 'C');
CREATE COLLATION public.coll_b (provider = icu, locale = 'und');

CREATE TABLE public.words (
    id integer PRIMARY KEY,
    word text COLLATE public.coll_a NOT NULL
);

CREATE INDEX words_word ON public.words (word);
