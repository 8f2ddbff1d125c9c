-- Adding an FK that references a UNIQUE constraint created in the same migration.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku)
);

CREATE TABLE stock_moves (
    id integer PRIMARY KEY,
    sku text NOT NULL REFERENCES products (sku) ON UPDATE CASCADE
);
