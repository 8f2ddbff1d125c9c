-- Rule: an implicit name that is already taken gets a number suffix:
-- second CHECK on qty -> items_qty_check1; UNIQUE (sku) added again by a later
-- ALTER TABLE -> items_sku_key1; second index on (sku) -> items_sku_idx1;
-- lower() twice -> items_lower_idx1.
-- Also: inside ONE CREATE TABLE, an identical UNIQUE (sku) repeated at table level is
-- merged with the column-level one (only items_sku_key exists after CREATE TABLE).
CREATE TABLE items (
    id    integer PRIMARY KEY,
    sku   text UNIQUE,
    name  text,
    qty   integer CHECK (qty >= 0),
    UNIQUE (sku),
    CHECK (qty < 100000)
);

ALTER TABLE items ADD UNIQUE (sku);

CREATE INDEX ON items (sku);
CREATE INDEX ON items (sku);
CREATE INDEX ON items (lower(name));
CREATE INDEX ON items (lower(sku));
