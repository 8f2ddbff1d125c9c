-- A new text search configuration is used by a new expression index and a generated column; the rollback drops them before it.
CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text
);
