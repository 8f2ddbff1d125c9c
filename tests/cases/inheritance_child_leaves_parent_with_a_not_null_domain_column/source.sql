-- A child with a key leaves its parent, whose column is of a NOT NULL domain without a default: the migration holds the child's values; the rollback adds the column back as the domain's base type, restores them, then converts it to the domain (ADD COLUMN of the domain fails on a table with rows).
CREATE DOMAIN positive_count AS integer NOT NULL CHECK (VALUE > 0);
CREATE TABLE stock (
    id integer NOT NULL,
    amount positive_count
);
CREATE TABLE warehouse_stock (
    sku text NOT NULL,
    CONSTRAINT warehouse_stock_pkey PRIMARY KEY (sku)
) INHERITS (stock);
