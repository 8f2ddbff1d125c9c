-- Rule: composite types; attribute types are normalized like columns
-- (varchar(10) -> character varying(10), int -> integer, float8 -> double precision).
CREATE TYPE address AS (
    street   varchar(200),
    city     text,
    zip      varchar(10),
    country  char(2)
);

CREATE TYPE geo_point AS (lat float8, lon float8);

CREATE TYPE inventory_item AS (
    name        text,
    supplier_id int,
    price       numeric(10,2)
);

CREATE TABLE stores (
    id        integer PRIMARY KEY,
    location  geo_point,
    mailing   address,
    stock     inventory_item[]
);
