-- One release drops a table and a column and adds columns; the rollback removes the additions and brings both back.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_sku varchar(32),
    price numeric(10,2) NOT NULL
);

CREATE TABLE product_tags_old (
    product_id integer NOT NULL REFERENCES products (id),
    tag text NOT NULL,
    PRIMARY KEY (product_id, tag)
);
