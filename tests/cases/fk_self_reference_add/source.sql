-- Adding a self-referencing foreign key.
CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_id integer
);
