-- Removing the comment on a table.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL
);

COMMENT ON TABLE products IS 'Products';
