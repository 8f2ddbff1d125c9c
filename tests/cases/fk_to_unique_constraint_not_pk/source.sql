-- Adding an FK that references a UNIQUE constraint created in the same migration.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL
);

CREATE TABLE stock_moves (
    id integer PRIMARY KEY,
    sku text NOT NULL
);
