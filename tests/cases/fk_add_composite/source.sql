-- Adding a composite foreign key with MATCH FULL to a composite unique key.
CREATE TABLE regions (
    country char(2) NOT NULL,
    code text NOT NULL,
    name text,
    PRIMARY KEY (country, code)
);

CREATE TABLE stores (
    id integer PRIMARY KEY,
    country char(2),
    region_code text
);
