-- No-op: the same constraints added afterwards with ALTER TABLE and explicit default names.
CREATE TABLE authors (
    id integer NOT NULL,
    email text
);

CREATE TABLE books (
    id integer NOT NULL,
    author_id integer,
    pages integer
);

ALTER TABLE ONLY authors ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY authors ADD CONSTRAINT authors_email_key UNIQUE (email);
ALTER TABLE ONLY books ADD CONSTRAINT books_pkey PRIMARY KEY (id);
ALTER TABLE books ADD CONSTRAINT books_pages_check CHECK ((pages > 0));
ALTER TABLE ONLY books
    ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors(id);
