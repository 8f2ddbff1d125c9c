-- Rule: serial -> integer NOT NULL + sequence <table>_<column>_seq (AS integer)
-- OWNED BY the column + DEFAULT nextval('public.<table>_<column>_seq'::regclass).
CREATE TABLE authors (
    id    serial PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE books (
    book_id   SERIAL,
    author_id integer REFERENCES authors (id),
    title     text NOT NULL,
    PRIMARY KEY (book_id)
);
