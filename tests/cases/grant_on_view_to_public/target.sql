-- Grant on a view that is recreated because its columns change: the grant must survive.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL
);

CREATE VIEW item_prices AS SELECT id, price FROM items;

GRANT SELECT ON item_prices TO PUBLIC;
