-- Renames declared with --rename (see renames.txt) keep the table, its column and their data.
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE
);
CREATE INDEX users_name_idx ON users (name);
CREATE TABLE posts (id integer PRIMARY KEY, author integer REFERENCES users);
