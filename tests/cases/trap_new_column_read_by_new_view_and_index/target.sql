-- Trap: a new column, a new view reading it and a new index on it, all in one migration.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    discontinued_at timestamptz
);

CREATE INDEX products_active_idx ON products (name) WHERE discontinued_at IS NULL;

CREATE VIEW active_products AS
    SELECT id, name FROM products WHERE discontinued_at IS NULL;
