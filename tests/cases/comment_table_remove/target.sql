-- Removing the comment on a table.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL
);
