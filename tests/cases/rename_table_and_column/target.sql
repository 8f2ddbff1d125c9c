-- Renames declared with --rename (see renames.txt) keep the table, its column and their data.
CREATE TABLE accounts (
    id integer,
    full_name text NOT NULL,
    email text,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX accounts_full_name_idx ON accounts (full_name);
CREATE TABLE posts (id integer PRIMARY KEY, author integer CONSTRAINT posts_author_fkey REFERENCES accounts);
