-- No-op: constraints written inline on columns (implicit names).
CREATE TABLE authors (
    id integer PRIMARY KEY,
    email text UNIQUE
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors,
    pages integer CHECK (pages > 0)
);
