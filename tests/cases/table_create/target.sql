-- Creating a new table with a PK, defaults, a CHECK and an FK to an existing table.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL,
    pages integer CHECK (pages > 0),
    published_on date,
    created_at timestamptz NOT NULL DEFAULT now()
);
