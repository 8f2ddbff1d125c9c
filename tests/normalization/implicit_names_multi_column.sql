-- Rule: implicit names for multi-column constraints:
-- UNIQUE (a, b) -> <table>_a_b_key; FOREIGN KEY (a, b) -> <table>_a_b_fkey;
-- a CHECK that uses two columns -> <table>_check; composite PRIMARY KEY -> <table>_pkey.
CREATE TABLE warehouses (
    region  text,
    code    text,
    name    text,
    PRIMARY KEY (region, code)
);

CREATE TABLE bins (
    region    text,
    code      text,
    aisle     integer,
    shelf     integer,
    min_qty   integer,
    max_qty   integer,
    UNIQUE (region, code, aisle, shelf),
    FOREIGN KEY (region, code) REFERENCES warehouses (region, code),
    CHECK (min_qty <= max_qty)
);
