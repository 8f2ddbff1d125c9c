-- One release drops a table and a column and adds columns; the rollback removes the additions and brings both back.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    slug text,
    is_active boolean NOT NULL DEFAULT true,
    tags text[] NOT NULL DEFAULT '{}'
);
